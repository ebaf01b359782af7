package org.integra.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.integra.accounts.Accounts;
import org.integra.accounts.Assignees;
import org.integra.cities.CityCatalog;
import org.integra.directory.DirectoryCatalog;
import org.integra.directory.DirectoryReferences;
import org.integra.directory.DirectoryScope;
import org.integra.outreach.CandidateScope;
import org.integra.system.Actor;
import org.integra.system.NotFoundException;
import org.integra.system.ValidationFailedException;
import org.integra.tasks.TaskRules.Agenda;
import org.integra.tasks.TaskRules.Link;
import org.integra.tasks.TaskRules.Problem;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks: created on their own or from the next step of an interaction. A user whose only
 * role is MENTOR sees and changes only the tasks about the candidates assigned to their
 * city, and the tasks assigned to them; for them every other task does not exist.
 */
@Service
public class Tasks {

	private final TaskRepository tasks;

	private final Clock clock;

	private final Accounts accounts;

	private final CandidateScope scope;

	private final CityCatalog cities;

	private final DirectoryCatalog directory;

	private final DirectoryScope directoryScope;

	Tasks(TaskRepository tasks, Clock clock, Accounts accounts, CandidateScope scope, CityCatalog cities,
			DirectoryCatalog directory, DirectoryScope directoryScope) {
		this.tasks = tasks;
		this.clock = clock;
		this.accounts = accounts;
		this.scope = scope;
		this.cities = cities;
		this.directory = directory;
		this.directoryScope = directoryScope;
	}

	@Transactional(readOnly = true)
	public Task get(long id) {
		return this.tasks.findById(id).orElseThrow(() -> new NotFoundException("tasks.task.notFound", id));
	}

	/**
	 * A task the current user may see.
	 * @throws NotFoundException when it does not exist or is outside the user's scope
	 */
	@Transactional(readOnly = true)
	public Task visible(long id) {
		Task task = get(id);
		if (!isVisible(task)) {
			throw new NotFoundException("tasks.task.notFound", id);
		}
		return task;
	}

	/** A user's open tasks, the earliest due first, those without a date last. */
	@Transactional(readOnly = true)
	public List<Task> openAssignedTo(String username) {
		return this.tasks.findByAssigneeAndStatusOrderByDueOnAscIdAsc(username, TaskStatus.OPEN)
			.stream()
			.sorted(Comparator.comparing(Task::getDueOn, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	/** A user's open tasks grouped into overdue, today, upcoming and without a date. */
	@Transactional(readOnly = true)
	public Agenda agendaOf(String username) {
		return TaskRules.agenda(openAssignedTo(username), today());
	}

	/** The tasks that match, within the current user's scope. */
	@Transactional(readOnly = true)
	public Page<Task> search(TaskQuery query, Pageable pageable) {
		LocalDate today = today();
		CandidateScope.Scope current = this.scope.current();
		String me = currentUser();
		Specification<Task> spec = TaskSearchSpecification.of(query, today, current, me);
		return this.tasks.findAll(spec, pageable);
	}

	/**
	 * Creates a task on its own.
	 * @throws ValidationFailedException naming every refused field
	 * @throws NotFoundException when a mentor links it to a city outside their scope
	 * @throws AccessDeniedException when the caller may not edit tasks
	 * ({@link TaskPolicy})
	 */
	@Transactional
	public Task create(TaskDraft draft, String user) {
		requireEditor();
		TaskDraft clean = checked(draft, null);
		return this.tasks.saveAndFlush(new Task(clean, null, user, this.clock.instant()));
	}

	/**
	 * Checks a draft without saving it, e.g. to show every problem of a form at once.
	 * @param id the task it would change, or {@code null} for a new one
	 * @throws ValidationFailedException naming every refused field
	 */
	@Transactional(readOnly = true)
	public void check(TaskDraft draft, Long id) {
		checked(draft, (id == null) ? null : visible(id));
	}

	/**
	 * Changes a task; the audit trail keeps what it said before.
	 * @throws ObjectOptimisticLockingFailureException when it changed since the user saw
	 * it
	 * @throws AccessDeniedException when the caller may not edit tasks
	 * ({@link TaskPolicy})
	 */
	@Transactional
	public Task update(long id, long expectedVersion, TaskDraft draft) {
		requireEditor();
		Task task = visible(id);
		if (task.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Task.class, id);
		}
		task.apply(checked(draft, task));
		return this.tasks.saveAndFlush(task);
	}

	/**
	 * Closes an open task as done or cancelled, or reopens a closed one.
	 * @param expectedVersion the version the user saw, or {@code null} not to check
	 * @throws ValidationFailedException when the change is not allowed
	 * @throws ObjectOptimisticLockingFailureException when it changed since the user saw
	 * it
	 * @throws AccessDeniedException when the caller may not edit tasks
	 * ({@link TaskPolicy})
	 */
	@Transactional
	public Task changeStatus(long id, TaskStatus status, Long expectedVersion) {
		requireEditor();
		Task task = visible(id);
		if (expectedVersion != null && task.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Task.class, id);
		}
		if (!TaskRules.canChange(task.getStatus(), status)) {
			throw new ValidationFailedException("status", "tasks.task.status.refused");
		}
		task.close(status, this.clock.instant());
		return this.tasks.saveAndFlush(task);
	}

	/** Open tasks about a city, organization or person the current user may see. */
	@Transactional(readOnly = true)
	public List<Task> openAbout(org.integra.system.TimelineSubject subject, long id) {
		List<Task> found = switch (subject) {
			case CITY -> this.tasks.findByCityIdAndStatus(id, TaskStatus.OPEN);
			case ORGANIZATION -> this.tasks.findByOrganizationIdAndStatus(id, TaskStatus.OPEN);
			case PERSON -> this.tasks.findByPersonIdAndStatus(id, TaskStatus.OPEN);
		};
		return found.stream().filter(this::isVisible).sorted(EARLIEST_FIRST).toList();
	}

	/** For each of these cities, its open task due first that the user may see. */
	@Transactional(readOnly = true)
	public Map<Long, Task> nextOpenByCity(java.util.Collection<Long> cityIds) {
		if (cityIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Task> next = new java.util.HashMap<>();
		CandidateScope.Scope current = this.scope.current();
		String me = currentUser();
		this.tasks.findByCityIdInAndStatus(Set.copyOf(cityIds), TaskStatus.OPEN)
			.stream()
			.filter((task) -> isVisible(task, current, me))
			.sorted(EARLIEST_FIRST)
			.forEach((task) -> next.putIfAbsent(task.getCityId(), task));
		return next;
	}

	/** Whether any task links to the organization. */
	@Transactional(readOnly = true)
	public boolean linksOrganization(long organizationId) {
		return this.tasks.existsByOrganizationId(organizationId);
	}

	/** Whether the current user may see the task. */
	public boolean isVisible(Task task) {
		return isVisible(task, this.scope.current(), currentUser());
	}

	/** The users a task may be assigned to, by display name in the locale's order. */
	public List<Assignees.Assignee> assignees(Locale locale) {
		return this.accounts.assignees(locale);
	}

	/** Today, as the application's clock sees it. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The service decides as the routes do, whoever calls it. */
	private static void requireEditor() {
		if (!TaskPolicy.of(Actor.current()).mayEditTasks()) {
			throw new AccessDeniedException("not allowed to edit tasks");
		}
	}

	private static final Comparator<Task> EARLIEST_FIRST = Comparator
		.comparing(Task::getDueOn, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Task::getId);

	private boolean isVisible(Task task, CandidateScope.Scope current, String me) {
		if (!current.isMentor()) {
			return true;
		}
		return task.getAssignee().equals(me) || (task.getCityId() != null && current.includes(task.getCityId()));
	}

	/**
	 * Refuses, as not found, an organization or person outside the current user's scope,
	 * unless the task being changed links to them already.
	 * @param existing the task being changed, or {@code null} for a new one
	 * @throws NotFoundException when one is outside the scope
	 */
	public void requireReachable(Long organizationId, Long personId, Task existing) {
		DirectoryReferences kept = (existing == null) ? DirectoryReferences.NONE
				: DirectoryReferences.of(existing.getOrganizationId(), existing.getPersonId());
		this.directoryScope.requireReachable(DirectoryReferences.of(organizationId, personId).without(kept));
	}

	private TaskDraft checked(TaskDraft draft, Task existing) {
		TaskDraft clean = TaskRules.cleaned(draft);
		requireReachable(clean.organizationId(), clean.personId(), existing);
		CandidateScope.Scope current = this.scope.current();
		if (current.isMentor()) {
			boolean sameCity = existing != null && Objects.equals(existing.getCityId(), clean.cityId());
			if (clean.cityId() != null && !sameCity && !current.includes(clean.cityId())) {
				throw new NotFoundException("tasks.city.notFound", clean.cityId());
			}
			if (clean.cityId() == null && !sameCity && !currentUserIs(clean.assignee())) {
				throw new ValidationFailedException("cityId", "tasks.task.cityId.outOfScope");
			}
		}
		List<Problem> problems = TaskRules.problems(clean, this.accounts::canBeAssigned, this::exists);
		if (!problems.isEmpty()) {
			throw new ValidationFailedException(
					problems.stream().map((p) -> Map.entry(p.field(), p.messageKey())).toList());
		}
		return clean;
	}

	private boolean exists(Link link) {
		try {
			return switch (link.kind()) {
				case CITY -> this.cities.find(link.id()).isPresent();
				case ORGANIZATION -> this.directory.organization(link.id()) != null;
				case PERSON -> this.directory.person(link.id()) != null;
			};
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	private static boolean currentUserIs(String username) {
		return username != null && username.equals(currentUser());
	}

	private static String currentUser() {
		return Actor.current().username();
	}

}
