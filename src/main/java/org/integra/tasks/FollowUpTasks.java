package org.integra.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.integra.accounts.Accounts;
import org.integra.outreach.CandidateOutreach;
import org.integra.system.ValidationFailedException;
import org.integra.tasks.TaskRules.Problem;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up tasks that another module's record makes on its own, e.g. the tasks an event
 * defines for each candidate city checked in: created whoever the caller is, in the
 * caller's transaction, under the same rules as any task.
 */
@NamedInterface(name = "api", propagate = false)
@Service
public class FollowUpTasks {

	private final TaskRepository tasks;

	private final Accounts accounts;

	private final CandidateOutreach outreach;

	private final Clock clock;

	FollowUpTasks(TaskRepository tasks, Accounts accounts, CandidateOutreach outreach, Clock clock) {
		this.tasks = tasks;
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

}
