package org.integra.tasks;

import java.time.LocalDate;

/**
 * Which tasks to list; every {@code null} means "any".
 *
 * @param assignee the username responsible
 * @param status where they stand
 * @param cityId the city they are about
 * @param dueAfter due on or after that day
 * @param dueBefore due on or before that day
 * @param overdueOnly only open tasks due before today
 * @param text words their title or description hold, ignoring accents and case
 */
public record TaskQuery(String assignee, TaskStatus status, Long cityId, LocalDate dueAfter, LocalDate dueBefore,
		boolean overdueOnly, String text) {

	public static TaskQuery all() {
		return new TaskQuery(null, null, null, null, null, false, null);
	}

}
