package org.integra.tasks.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.integra.tasks.TaskStatus;

/**
 * Request parameters of the task pages read leniently: a value that cannot be read is
 * {@code null} (or the first page), never an error page.
 */
final class TaskParams {

	private TaskParams() {
	}

	/** A status by name, in any case; {@code null} when there is none. */
	static TaskStatus status(String text) {
		if (text == null) {
			return null;
		}
		for (TaskStatus value : TaskStatus.values()) {
			if (value.name().equalsIgnoreCase(text.strip())) {
				return value;
			}
		}
		return null;
	}

	/** An ISO date ({@code yyyy-MM-dd}), or {@code null}. */
	static LocalDate date(String text) {
		try {
			return (text == null || text.isBlank()) ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** A positive id of at most 18 digits, or {@code null}. */
	static Long id(String text) {
		return (text != null && text.strip().matches("\\d{1,18}")) ? Long.valueOf(text.strip()) : null;
	}

	/** A page number from 1 to 100,000; 1 when unreadable. */
	static int page(String page) {
		try {
			return Math.max(1, Math.min(100_000, Integer.parseInt(page.strip())));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
