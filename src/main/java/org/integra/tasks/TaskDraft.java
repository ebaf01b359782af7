package org.integra.tasks;

import java.time.LocalDate;

/**
 * What a user enters to create or change a task.
 *
 * @param title what to do
 * @param description more detail, if any
 * @param assignee the username responsible
 * @param dueOn when it is due, if it has a date
 * @param cityId the city it is about, if any
 * @param organizationId the organization it is about, if any
 * @param personId the person it is about, if any
 * @param eventId the event it is about, if any
 */
public record TaskDraft(String title, String description, String assignee, LocalDate dueOn, Long cityId,
		Long organizationId, Long personId, Long eventId) {
}
