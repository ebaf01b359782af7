package org.integra.tasks;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.integra.accounts.Assignees;
import org.integra.system.NotFoundException;
import org.integra.system.TaskSummary;
import org.integra.system.ValidationFailedException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks about an event, for the events module (which the tasks module does not know): its
 * follow-up tasks are created and listed here, as summaries, through the same rules and
 * scope as every other task.
 */
@Service
public class TasksForEvents {

	private final Tasks tasks;

	private final TaskRepository repository;

	TasksForEvents(Tasks tasks, TaskRepository repository) {
		this.tasks = tasks;
		this.repository = repository;
	}

	/**
	 * Creates a task about the event, e.g. a follow-up of a forum.
	 * @param organizationId the organisation it is about too, if any
	 * @throws ValidationFailedException naming every refused field ({@code title},
	 * {@code assignee}, {@code dueOn}...)
	 * @throws NotFoundException when the organisation is outside the caller's scope
	 * @throws AccessDeniedException when the caller may not edit tasks
	 */
	@Transactional
	public TaskSummary create(long eventId, String title, String assignee, LocalDate dueOn, Long organizationId,
			String user) {
		Task task = this.tasks.create(new TaskDraft(title, null, assignee, dueOn, null, organizationId, null, eventId),
				user);
		return TaskSummarySource.summary(task, this.tasks.today());
	}

	/**
	 * The open tasks about the event that the current user may see, the earliest due
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<TaskSummary> openAbout(long eventId) {
		LocalDate today = this.tasks.today();
		return this.repository.findByEventIdAndStatus(eventId, TaskStatus.OPEN)
			.stream()
			.filter(this.tasks::isVisible)
			.sorted(Comparator.comparing(Task::getDueOn, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Task::getId))
			.map((task) -> TaskSummarySource.summary(task, today))
			.toList();
	}

	/** Who a task may be assigned to, by display name in the locale's order. */
	public List<Assignees.Assignee> assignees(Locale locale) {
		return this.tasks.assignees(locale);
	}

}
