package org.integra.tasks.web;

import java.time.LocalDate;

import org.integra.system.RequestParams;
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
		return RequestParams.constant(TaskStatus.class, text);
	}

	/** An ISO date ({@code yyyy-MM-dd}), or {@code null}. */
	static LocalDate date(String text) {
		return RequestParams.date(text);
	}

	/** A positive id of at most 18 digits, or {@code null}. */
	static Long id(String text) {
		return RequestParams.id(text);
	}

	/** A page number from 1 to 100,000; 1 when unreadable. */
	static int page(String page) {
		return Math.max(1, RequestParams.page(page));
	}

}
