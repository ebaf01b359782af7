package org.integra.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.integra.accounts.Accounts;
import org.integra.accounts.Assignees;
import org.integra.outreach.CandidateOutreach;
import org.integra.system.NotFoundException;
import org.integra.system.TaskSummary;
import org.integra.system.ValidationFailedException;
import org.integra.tasks.TaskRules.Problem;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks about events, for the events module (which the tasks module does not know): the
 * follow-up tasks an event makes on its own (e.g. for each candidate city checked in:
 * created whoever the caller is, in the caller's transaction, under the same rules as any
 * task), and the tasks a user creates about an event (e.g. after a forum) and lists,
 * under the same rules and scope as every other task.
 */
@NamedInterface(name = "api", propagate = false)
@Service
public class EventTasks {

	private final TaskRepository tasks;

	private final Accounts accounts;

	private final CandidateOutreach outreach;

	private final Clock clock;

	private final Tasks userTasks;

	EventTasks(TaskRepository tasks, Accounts accounts, CandidateOutreach outreach, Clock clock, Tasks userTasks) {
		this.tasks = tasks;
		this.userTasks = userTasks;
		this.accounts = accounts;
		this.outreach = outreach;
		this.clock = clock;
	}

	/**
	 * Creates the task.
	 * @param title what to do
	 * @param assignee who does it
	 * @param dueOn when it is due
	 * @param cityId the city it is about
	 * @param personId the person it is about, if any
	 * @param eventId the event it comes from
	 * @param user who caused it
	 * @return the task's id
	 * @throws ValidationFailedException when the rules refuse it (e.g. an assignee who
	 * cannot be given work)
	 */
	@Transactional
	public long create(String title, String assignee, LocalDate dueOn, Long cityId, Long personId, Long eventId,
			String user) {
		TaskDraft draft = TaskRules
			.cleaned(new TaskDraft(title, null, assignee, dueOn, cityId, null, personId, eventId));
		List<Problem> problems = TaskRules.problems(draft, this.accounts::canBeAssigned, (link) -> true);
		if (!problems.isEmpty()) {
			throw new ValidationFailedException(
					problems.stream().map((p) -> Map.entry(p.field(), p.messageKey())).toList());
		}
		return this.tasks.saveAndFlush(new Task(draft, null, user, this.clock.instant())).getId();
	}

	/** Whether work can be assigned to that username. */
	@Transactional(readOnly = true)
	public boolean canBeAssigned(String username) {
		return this.accounts.canBeAssigned(username);
	}

	/**
	 * The user who mentors the candidate: the first who can be given work among the users
	 * of its first-assigned mentor city that has one.
	 */
	@Transactional(readOnly = true)
	public Optional<String> mentorOf(long candidateCityId) {
		return this.outreach.mentorCityIdsOf(candidateCityId)
			.stream()
			.flatMap((mentorCity) -> this.accounts.mentorUsersOf(mentorCity).stream())
			.findFirst();
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
	public TaskSummary createByUser(long eventId, String title, String assignee, LocalDate dueOn, Long organizationId,
			String user) {
		Task task = this.userTasks
			.create(new TaskDraft(title, null, assignee, dueOn, null, organizationId, null, eventId), user);
		return TaskSummarySource.summary(task, this.userTasks.today());
	}

	/**
	 * The open tasks about the event that the current user may see, the earliest due
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<TaskSummary> openAbout(long eventId) {
		LocalDate today = this.userTasks.today();
		return this.tasks.findByEventIdAndStatus(eventId, TaskStatus.OPEN)
			.stream()
			.filter(this.userTasks::isVisible)
			.sorted(Comparator.comparing(Task::getDueOn, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Task::getId))
			.map((task) -> TaskSummarySource.summary(task, today))
			.toList();
	}

	/** Who a task may be assigned to, by display name in the locale's order. */
	public List<Assignees.Assignee> assignees(Locale locale) {
		return this.userTasks.assignees(locale);
	}

}
