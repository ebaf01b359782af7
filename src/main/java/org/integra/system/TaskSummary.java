package org.integra.system;

import java.time.LocalDate;

/**
 * An open task as a page of a module that does not know tasks shows it.
 *
 * @param id the task's id, for its link
 * @param title what to do
 * @param assignee the username responsible
 * @param dueOn when it is due, or {@code null}
 * @param overdue whether its due date has passed
 */
public record TaskSummary(long id, String title, String assignee, LocalDate dueOn, boolean overdue) {

	public String href() {
		return "/tasks/" + this.id;
	}

}
