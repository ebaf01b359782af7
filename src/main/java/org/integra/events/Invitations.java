package org.integra.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import org.integra.directory.DirectoryCatalog;
import org.integra.directory.PersonSummary;
import org.integra.events.InvitationEntry.Action;
import org.integra.events.InvitationRules.Answer;
import org.integra.events.InvitationRules.Decision;
import org.integra.system.Actor;
import org.integra.system.NotFoundException;
import org.integra.system.TextInput;
import org.integra.system.VisibleCities;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's side of invitations: inviting contacts, recording answers received by phone
 * or mail, approving the invitations people asked for, withdrawing, and reading who
 * answered what. A mentor sees and answers only for the cities they mentor.
 */
@Service
@Transactional(readOnly = true)
public class Invitations {

	public static final int PAGE_SIZE = 50;

	/**
	 * How many invitations a round writes before it empties the persistence context: each
	 * flush checks every entity the context holds, so a round of thousands would
	 * otherwise take quadratic time.
	 */
	static final int ROUND_BATCH = 50;

	private final Events events;

	private final InvitationRepository invitations;

	private final InvitationEntryRepository history;

	private final DirectoryCatalog directory;

	private final Seating seating;

	private final InvitationMail mail;

	private final Links links;

	private final ObjectProvider<VisibleCities> visibleCities;

	private final Clock clock;

	private final EntityManager entities;

	Invitations(Events events, InvitationRepository invitations, InvitationEntryRepository history,
			DirectoryCatalog directory, Seating seating, InvitationMail mail, Links links,
			ObjectProvider<VisibleCities> visibleCities, Clock clock, EntityManager entities) {
		this.events = events;
		this.invitations = invitations;
		this.history = history;
		this.directory = directory;
		this.seating = seating;
		this.mail = mail;
		this.links = links;
		this.visibleCities = visibleCities;
		this.clock = clock;
		this.entities = entities;
	}

	/** The event's invitations the caller may see, optionally of one status, by name. */
	public Page<Invitation> of(long eventId, InvitationStatus status, int page) {
		PageRequest request = PageRequest.of(page, PAGE_SIZE);
		Optional<Set<Long>> scope = scope();
		if (scope.isPresent() && scope.get().isEmpty()) {
			return Page.empty(request);
		}
		Specification<Invitation> spec = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("eventId"), eventId));
			if (status != null) {
				where.add(cb.equal(root.get("status"), status));
			}
			scope.ifPresent((cityIds) -> where.add(root.get("cityId").in(cityIds)));
			return cb.and(where.toArray(Predicate[]::new));
		};
		return this.invitations.findAll(spec,
				request.withSort(Sort.by(Sort.Order.asc("inviteeName").ignoreCase(), Sort.Order.asc("id"))));
	}

	/**
	 * How many of the event's invitations (that the caller may see) are in each status.
	 */
	public Map<InvitationStatus, Long> counts(long eventId) {
		Map<InvitationStatus, Long> counts = new EnumMap<>(InvitationStatus.class);
		for (InvitationStatus status : InvitationStatus.values()) {
			counts.put(status, 0L);
		}
		Optional<Set<Long>> scope = scope();
		if (scope.isPresent() && scope.get().isEmpty()) {
			return counts;
		}
		List<Object[]> rows = scope.isPresent() ? this.invitations.countByStatusOfCities(eventId, scope.get())
				: this.invitations.countByStatus(eventId);
		rows.forEach((row) -> counts.put((InvitationStatus) row[0], ((Number) row[1]).longValue()));
		return counts;
	}

	/**
	 * @throws NotFoundException when the event has no such invitation, or the caller may
	 * not see it
	 */
	public Invitation get(long eventId, long invitationId) {
		return this.invitations.findByIdAndEventId(invitationId, eventId)
			.filter(this::visible)
			.orElseThrow(() -> new NotFoundException("events.invitation.notFound", invitationId));
	}

	/** What happened to the invitation, oldest first. */
	public List<InvitationEntry> history(Invitation invitation) {
		return this.history.findByInvitationIdOrderByOccurredAtAscIdAsc(invitation.getId());
	}

	/**
	 * Invites the people: each gets an e-mail with their own link, in their language
	 * (Spanish unless they prefer Portuguese). People without an e-mail address or
	 * already invited are skipped and counted.
	 * @param reasonsByCity why each candidate city is worth inviting
	 * ({@link InvitationSuggestions#reasonsByCity()}), kept with the invitation
	 */
	@Transactional
	public InviteOutcome invite(long eventId, List<Long> personIds, Map<Long, SuggestionReason> reasonsByCity,
			Actor actor) {
		requireManager(actor);
		Event event = this.events.get(eventId);
		if (!event.getStatus().editable() || event.getStatus() == EventStatus.DRAFT) {
			throw new EventStatusRefusedException(event.getStatus(), null);
		}
		int sent = 0;
		List<String> skipped = new ArrayList<>();
		Instant now = this.clock.instant();
		Set<String> invited = new HashSet<>(this.invitations.emailKeys(eventId));
		Map<Long, PersonSummary> people = this.directory.people(personIds);
		for (long personId : new LinkedHashSet<>(personIds)) {
			PersonSummary person = people.get(personId);
			if (person.email() == null || person.email().isBlank()
					|| !invited.add(Invitation.emailKey(person.email()))) {
				skipped.add(person.name());
				continue;
			}
			Long cityId = (person.organization() != null) ? person.organization().cityId() : null;
			String language = "pt".equals(person.preferredLanguage()) ? "pt" : "es";
			Invitee invitee = new Invitee(personId, cityId, person.name(),
					(person.organization() != null) ? person.organization().name() : null, person.email().strip(),
					language);
			Invitation invitation = new Invitation(eventId, invitee, InvitationStatus.SENT,
					(cityId != null) ? reasonsByCity.get(cityId) : null, actor.username(), now);
			invitation.sent(now);
			// saved without a flush of its own: the round flushes every ROUND_BATCH
			mailLink(this.invitations.save(invitation), event, actor.username(), now);
			sent++;
			if (sent % ROUND_BATCH == 0) {
				// what was written stays written; the event is only read from here on
				this.entities.flush();
				this.entities.clear();
			}
		}
		return new InviteOutcome(sent, skipped);
	}

	/** An asked-for invitation is approved: it is sent like any other. */
	@Transactional
	public void approve(long eventId, long invitationId, Actor actor) {
		requireManager(actor);
		Invitation invitation = get(eventId, invitationId);
		if (invitation.getStatus() != InvitationStatus.REQUESTED) {
			throw new InvitationRefusedException("events.invitation.notRequested");
		}
		Instant now = this.clock.instant();
		this.history.save(new InvitationEntry(invitation.getId(), Action.APPROVED, actor.username(), null, now));
		send(invitation, this.events.get(eventId), actor.username(), now);
	}

	/** The team takes the invitation back; a seat it held goes to the waiting list. */
	@Transactional
	public void withdraw(long eventId, long invitationId, Actor actor) {
		requireManager(actor);
		Invitation invitation = get(eventId, invitationId);
		if (invitation.getStatus() == InvitationStatus.WITHDRAWN) {
			return;
		}
		invitation.withdrawn();
		this.invitations.saveAndFlush(invitation);
		this.links.revokeAll(invitation);
		this.history.save(new InvitationEntry(invitation.getId(), Action.WITHDRAWN, actor.username(), null,
				this.clock.instant()));
		this.seating.promote(this.events.get(eventId));
	}

	/**
	 * Records an answer the team received by phone, e-mail or in person, with who
	 * recorded it.
	 * @throws InvitationRefusedException when the rules refuse it
	 */
	@Transactional
	public InvitationStatus recordAnswer(long eventId, long invitationId, Answer answer, int party, String note,
			AnswerChannel via, Actor actor) {
		if (!EventPolicy.of(actor).mayRecordAnswers() || via == null || !via.byStaff()) {
			throw new AccessDeniedException("events");
		}
		Invitation invitation = get(eventId, invitationId);
		Decision decision = this.seating.answer(invitation, answer, party, TextInput.withoutNul(note), via,
				actor.username());
		if (decision.isRefused()) {
			throw new InvitationRefusedException(decision.refusal());
		}
		return decision.status();
	}

	private void send(Invitation invitation, Event event, String user, Instant now) {
		invitation.sent(now);
		mailLink(this.invitations.saveAndFlush(invitation), event, user, now);
	}

	private void mailLink(Invitation invitation, Event event, String user, Instant now) {
		String token = this.links.issue(invitation);
		this.history.save(new InvitationEntry(invitation.getId(), Action.SENT, user, invitation.getEmail(), now));
		this.mail.send(InvitationMail.Kind.INVITATION, invitation, event, token, user);
	}

	private boolean visible(Invitation invitation) {
		return scope().map((cityIds) -> invitation.getCityId() != null && cityIds.contains(invitation.getCityId()))
			.orElse(true);
	}

	/**
	 * The cities whose invitations the caller may see, when not all: the cities every
	 * restriction in force allows.
	 */
	Optional<Set<Long>> scope() {
		return this.visibleCities.orderedStream()
			.map(VisibleCities::restriction)
			.flatMap(Optional::stream)
			.reduce((one, other) -> {
				Set<Long> both = new HashSet<>(one);
				both.retainAll(other);
				return both;
			});
	}

	private static void requireManager(Actor actor) {
		if (!EventPolicy.of(actor).mayManage()) {
			throw new AccessDeniedException("events");
		}
	}

	/**
	 * What an invitation round did.
	 *
	 * @param sent how many invitations went out
	 * @param skipped the names of those skipped (no address, or invited already)
	 */
	public record InviteOutcome(int sent, List<String> skipped) {
	}

}
