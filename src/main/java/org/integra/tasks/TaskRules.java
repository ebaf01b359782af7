package org.integra.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.integra.system.TextInput;

/**
 * What makes a task complete, which status changes are allowed and how a task's due date
 * places it on a given day.
 */
public final class TaskRules {

	public static final int TITLE_MAX = 500;

	public static final int DESCRIPTION_MAX = 4000;

	private TaskRules() {
	}

	/** What a task links to. */
	public enum LinkKind {

		CITY, ORGANIZATION, PERSON

	}

	/**
	 * A record a task links to.
	 *
	 * @param kind what it is
	 * @param id its id
	 */
	public record Link(LinkKind kind, long id) {
	}

	/**
	 * A refused field and the message key that says why.
	 *
	 * @param field the draft's field
	 * @param messageKey the reason
	 */
	public record Problem(String field, String messageKey) {
	}

	/** Where a task's due date places it on a given day. */
	public enum Horizon {

		OVERDUE, TODAY, UPCOMING, UNDATED

	}

	/**
	 * The draft as it is stored: text without NUL characters, stripped, blank as
	 * {@code null}.
	 */
	public static TaskDraft cleaned(TaskDraft draft) {
		return new TaskDraft(text(draft.title()), text(draft.description()), text(draft.assignee()), draft.dueOn(),
				draft.cityId(), draft.organizationId(), draft.personId(), draft.eventId());
	}

	/**
	 * Every problem of a cleaned draft, none when it may be saved.
	 * @param draft what the user entered, {@link #cleaned cleaned}
	 * @param isEnabledUser whether work can be assigned to a username (enabled, not only
	 * a viewer)
	 * @param exists whether a linked record exists
	 */
	public static List<Problem> problems(TaskDraft draft, Predicate<String> isEnabledUser, Predicate<Link> exists) {
		List<Problem> problems = new ArrayList<>();
		if (draft.title() == null || draft.title().isBlank()) {
			problems.add(new Problem("title", "tasks.task.title.required"));
		}
		else if (draft.title().length() > TITLE_MAX) {
			problems.add(new Problem("title", "tasks.task.title.tooLong"));
		}
		else if (!TextInput.isSingleLine(draft.title())) {
			problems.add(new Problem("title", "SingleLine"));
		}
		if (draft.description() != null && draft.description().length() > DESCRIPTION_MAX) {
			problems.add(new Problem("description", "tasks.task.description.tooLong"));
		}
		if (draft.assignee() == null || draft.assignee().isBlank()) {
			problems.add(new Problem("assignee", "tasks.task.assignee.required"));
		}
		else if (!isEnabledUser.test(draft.assignee())) {
			problems.add(new Problem("assignee", "tasks.task.assignee.unknown"));
		}
		link(draft.cityId(), LinkKind.CITY, "cityId", exists, problems);
		link(draft.organizationId(), LinkKind.ORGANIZATION, "organizationId", exists, problems);
		link(draft.personId(), LinkKind.PERSON, "personId", exists, problems);
		return problems;
	}

	private static void link(Long id, LinkKind kind, String field, Predicate<Link> exists, List<Problem> problems) {
		if (id != null && (id <= 0 || !exists.test(new Link(kind, id)))) {
			problems.add(new Problem(field, "tasks.task." + field + ".notFound"));
		}
	}

	/** Whether a task may go from one status to the other. */
	public static boolean canChange(TaskStatus from, TaskStatus to) {
		if (from == null || to == null) {
			return false;
		}
		return (from == TaskStatus.OPEN) ? to != TaskStatus.OPEN : to == TaskStatus.OPEN;
	}

	/** Where a due date places a task on that day. */
	public static Horizon horizon(LocalDate dueOn, LocalDate today) {
		if (dueOn == null) {
			return Horizon.UNDATED;
		}
		if (dueOn.isBefore(today)) {
			return Horizon.OVERDUE;
		}
		return dueOn.isEqual(today) ? Horizon.TODAY : Horizon.UPCOMING;
	}

	/**
	 * Open tasks grouped by where their due date places them on that day, each group the
	 * earliest due first.
	 */
	public static Agenda agenda(Collection<Task> tasks, LocalDate today) {
		List<Task> overdue = new ArrayList<>();
		List<Task> due = new ArrayList<>();
		List<Task> upcoming = new ArrayList<>();
		List<Task> undated = new ArrayList<>();
		tasks.stream()
			.filter((task) -> task.getStatus() == TaskStatus.OPEN)
			.sorted(Comparator.comparing(Task::getDueOn, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Task::getId, Comparator.nullsLast(Comparator.naturalOrder())))
			.forEach((task) -> {
				switch (horizon(task.getDueOn(), today)) {
					case OVERDUE -> overdue.add(task);
					case TODAY -> due.add(task);
					case UPCOMING -> upcoming.add(task);
					case UNDATED -> undated.add(task);
				}
			});
		return new Agenda(overdue, due, upcoming, undated);
	}

	/**
	 * A user's open tasks by when they are due.
	 *
	 * @param overdue due before today
	 * @param today due today
	 * @param upcoming due after today
	 * @param undated without a due date
	 */
	public record Agenda(List<Task> overdue, List<Task> today, List<Task> upcoming, List<Task> undated) {

		public boolean isEmpty() {
			return this.overdue.isEmpty() && this.today.isEmpty() && this.upcoming.isEmpty() && this.undated.isEmpty();
		}

	}

	private static String text(String value) {
		if (value == null) {
			return null;
		}
		String stripped = TextInput.withoutNul(value).strip();
		return stripped.isEmpty() ? null : stripped;
	}

}
