package org.integra.events;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.integra.directory.DirectoryCatalog;
import org.integra.directory.OrganizationKind;
import org.integra.directory.OrganizationSummary;
import org.integra.system.Actor;
import org.integra.system.NotFoundException;
import org.integra.system.TaskSummary;
import org.integra.system.ValidationFailedException;
import org.integra.tasks.EventTasks;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forums of municipal associations where the network is promoted (specific objective
 * 3): what coordinators record of each (association, representatives, outcome, contacts
 * made) and its follow-up tasks, created in the tasks module. Only an event of kind
 * {@link EventKind#FORUM_PARTICIPATION} has one; for any other the forum does not exist.
 */
@Service
@Transactional(readOnly = true)
public class Forums {

	private final Events events;

	private final ForumParticipationRepository forums;

	private final DirectoryCatalog directory;

	private final EventTasks tasks;

	private final Clock clock;

	Forums(Events events, ForumParticipationRepository forums, DirectoryCatalog directory, EventTasks tasks,
			Clock clock) {
		this.events = events;
		this.forums = forums;
		this.directory = directory;
		this.tasks = tasks;
		this.clock = clock;
	}

	/**
	 * The forum event.
	 * @throws NotFoundException when there is no such event or it is not a forum
	 */
	public Event forumEvent(long eventId) {
		Event event = this.events.get(eventId);
		if (!ForumRules.appliesTo(event.getKind())) {
			throw new NotFoundException("events.forum.notFound", eventId);
		}
		return event;
	}

	/** What was recorded of the forum, if anything yet. */
	public Optional<ForumParticipation> find(long eventId) {
		return this.forums.findById(forumEvent(eventId).getId());
	}

	/** The facts the rules decide on, as of now. */
	public ForumRules.Facts facts(Event event) {
		return new ForumRules.Facts(event.getStatus(), event.getStartsAt(), this.clock.instant());
	}

	/**
	 * Records the forum; the audit trail keeps what it said before.
	 * @param expectedVersion the version the user saw, 0 for a forum never recorded
	 * @throws NotFoundException for an event that is not a forum, or an organisation or
	 * person that does not exist
	 * @throws ValidationFailedException naming every refused field
	 * @throws ForumRefusedException when the forum was cancelled
	 * @throws ObjectOptimisticLockingFailureException when it changed since the user read
	 * it
	 * @throws AccessDeniedException when the caller does not run events
	 */
	@Transactional
	public ForumParticipation record(long eventId, ForumRules.Draft draft, long expectedVersion, Actor actor) {
		requireManager(actor);
		Event event = forumEvent(eventId);
		if (!ForumRules.mayRecord(event.getStatus())) {
			throw new ForumRefusedException("events.forum.cancelled");
		}
		ForumRules.Draft clean = ForumRules.cleaned(draft);
		OrganizationKind associationKind = kindOf(clean.associationId());
		OrganizationKind bodyKind = kindOf(clean.bodyId());
		clean.representativeIds().forEach(this.directory::person);
		clean.contactIds().forEach(this.directory::person);
		List<Map.Entry<String, String>> problems = new ArrayList<>(
				ForumRules.problems(clean, facts(event), associationKind, bodyKind));
		if (!problems.isEmpty()) {
			throw new ValidationFailedException(problems);
		}
		ForumParticipation forum = this.forums.findById(eventId).orElseGet(() -> new ForumParticipation(eventId));
		if (forum.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(ForumParticipation.class, eventId);
		}
		forum.record(clean, actor.username(), this.clock.instant());
		return this.forums.saveAndFlush(forum);
	}

	/**
	 * Creates a follow-up task of the forum, about its association when it has one.
	 * @throws ValidationFailedException naming every refused field
	 * @throws AccessDeniedException when the caller does not run events
	 */
	@Transactional
	public TaskSummary addFollowUp(long eventId, String title, String assignee, LocalDate dueOn, Actor actor) {
		requireManager(actor);
		Event event = forumEvent(eventId);
		if (!ForumRules.mayRecord(event.getStatus())) {
			throw new ForumRefusedException("events.forum.cancelled");
		}
		Long association = this.forums.findById(eventId).map(ForumParticipation::getAssociationId).orElse(null);
		return this.tasks.createByUser(eventId, title, assignee, dueOn, association, actor.username());
	}

	/** The open follow-up tasks of the forum that the caller may see. */
	public List<TaskSummary> followUps(long eventId) {
		return this.tasks.openAbout(eventId);
	}

	/** Whether a forum names the organisation as its association or its body. */
	public boolean names(long organizationId) {
		return this.forums.existsByAssociationOrganizationIdOrBodyOrganizationId(organizationId, organizationId);
	}

	/** The organisations of the kind, by name. */
	public List<OrganizationSummary> organizations(OrganizationKind kind) {
		return this.directory.organizations().stream().filter((o) -> o.kind() == kind).toList();
	}

	/**
	 * @throws NotFoundException when there is no such organisation
	 */
	private OrganizationKind kindOf(Long organizationId) {
		return (organizationId == null) ? null : this.directory.organization(organizationId).kind();
	}

	private static void requireManager(Actor actor) {
		if (!EventPolicy.of(actor).mayManage()) {
			throw new AccessDeniedException("events");
		}
	}

}
