package org.integra.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.integra.events.InvitationEntry.Action;
import org.integra.events.InvitationRules.Answer;
import org.integra.events.InvitationRules.Decision;
import org.integra.system.NotFoundException;
import org.integra.system.SecretTokens;
import org.integra.system.TextInput;
import org.integra.system.ValidationFailedException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invitee's side of an invitation, through the personal link. The link is bound to
 * the first browser that opens it (a secret in its cookie, kept here as a hash): only
 * that browser answers. Anyone else who opens a forwarded link sees whom it is for and
 * may ask for an invitation of their own; the invitee, on another device, asks for a
 * fresh link, which goes to their own address.
 */
@Service
@Transactional
public class InvitationLinks {

	/** The prefix of a browser's secret. */
	static final String DEVICE_PREFIX = "dev_";

	/** A link works until this long after the event ends. */
	static final Duration LINK_LIFETIME = Duration.ofDays(30);

	/** A fresh link is sent at most this often. */
	static final Duration RELINK_INTERVAL = Duration.ofMinutes(10);

	/** How many invitations may be asked for through one link. */
	static final int MAX_REQUESTS_PER_LINK = 5;

	static final Set<String> LANGUAGES = Set.of("es", "pt", "en");

	private final InvitationRepository invitations;

	private final InvitationEntryRepository history;

	private final EventRepository events;

	private final Seating seating;

	private final InvitationMail mail;

	private final Links links;

	private final Clock clock;

	InvitationLinks(InvitationRepository invitations, InvitationEntryRepository history, EventRepository events,
			Seating seating, InvitationMail mail, Links links, Clock clock) {
		this.invitations = invitations;
		this.history = history;
		this.events = events;
		this.seating = seating;
		this.mail = mail;
		this.links = links;
		this.clock = clock;
	}

	/**
	 * Opens the link: the first browser to open it becomes the invitee's.
	 * @param deviceSecrets the secrets of the browser's invitation cookies, if it has any
	 * @throws NotFoundException for a wrong, withdrawn or expired link (without saying
	 * which)
	 */
	public LinkView open(String token, Collection<String> deviceSecrets) {
		Invitation invitation = find(token);
		Event event = this.events.findById(invitation.getEventId()).orElseThrow();
		Instant now = this.clock.instant();
		if (invitation.getDeviceHash() == null) {
			String secret = SecretTokens.create(DEVICE_PREFIX);
			invitation.boundTo(SecretTokens.hash(secret), now);
			this.invitations.saveAndFlush(invitation);
			this.history.save(new InvitationEntry(invitation.getId(), Action.OPENED, null, null, now));
			return new LinkView(invitation, event, true, secret);
		}
		if (matches(invitation, deviceSecrets)) {
			return new LinkView(invitation, event, true, null);
		}
		boolean recent = this.history.findByInvitationIdOrderByOccurredAtAscIdAsc(invitation.getId())
			.stream()
			.anyMatch((entry) -> entry.getAction() == Action.OPENED_ELSEWHERE
					&& entry.getOccurredAt().isAfter(now.minus(Duration.ofHours(1))));
		if (!recent) {
			this.history.save(new InvitationEntry(invitation.getId(), Action.OPENED_ELSEWHERE, null, null, now));
		}
		return new LinkView(invitation, event, false, null);
	}

	/**
	 * The invitee answers, from the browser the link is bound to.
	 * @throws InvitationRefusedException when the rules refuse it, or the browser is not
	 * the invitee's
	 */
	public InvitationStatus answer(String token, Collection<String> deviceSecrets, Answer answer, int party,
			String note) {
		Invitation invitation = find(token);
		if (!matches(invitation, deviceSecrets)) {
			throw new InvitationRefusedException("events.answer.refused.otherBrowser");
		}
		String clean = clean(note);
		if (clean != null && clean.length() > 1000) {
			throw new InvitationRefusedException("events.answer.refused.noteTooLong");
		}
		Decision decision = this.seating.answer(invitation, answer, party, clean, AnswerChannel.LINK, null);
		if (decision.isRefused()) {
			throw new InvitationRefusedException(decision.refusal());
		}
		return decision.status();
	}

	/**
	 * Sends a fresh link to the invitee's own address (at most every ten minutes); the
	 * old link and the browser it was bound to lapse.
	 */
	public void relink(String token) {
		Invitation invitation = find(token);
		Instant now = this.clock.instant();
		if (invitation.getRelinkedAt() != null && invitation.getRelinkedAt().isAfter(now.minus(RELINK_INTERVAL))) {
			return;
		}
		Event event = this.events.findById(invitation.getEventId()).orElseThrow();
		invitation.relinked(now);
		this.invitations.saveAndFlush(invitation);
		this.links.revokeAll(invitation);
		String fresh = this.links.issue(invitation);
		this.history.save(new InvitationEntry(invitation.getId(), Action.RELINKED, null, null, now));
		this.mail.send(InvitationMail.Kind.RELINK, invitation, event, fresh, "system");
	}

	/**
	 * Someone who opened a forwarded link asks for an invitation of their own, which a
	 * coordinator approves.
	 * @throws ValidationFailedException naming every refused field
	 * @throws InvitationRefusedException when the link was used for too many requests
	 */
	public Invitation requestOwn(String token, String name, String organization, String email, String language) {
		Invitation forwarded = find(token);
		String cleanName = clean(name);
		String cleanOrganization = clean(organization);
		String cleanEmail = clean(email);
		List<Map.Entry<String, String>> problems = new ArrayList<>();
		if (cleanName == null) {
			problems.add(Map.entry("name", "events.request.name.required"));
		}
		else if (cleanName.length() > 200 || !TextInput.isSingleLine(cleanName)) {
			problems.add(Map.entry("name", "events.request.name.invalid"));
		}
		if (cleanOrganization != null
				&& (cleanOrganization.length() > 300 || !TextInput.isSingleLine(cleanOrganization))) {
			problems.add(Map.entry("organization", "events.request.organization.invalid"));
		}
		if (cleanEmail == null || cleanEmail.length() > 320 || !cleanEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			problems.add(Map.entry("email", "events.request.email.invalid"));
		}
		String lang = (language != null && LANGUAGES.contains(language)) ? language : "es";
		if (!problems.isEmpty()) {
			throw new ValidationFailedException(problems);
		}
		long asked = this.invitations.countByEventIdAndRequestedViaId(forwarded.getEventId(), forwarded.getId());
		if (asked >= MAX_REQUESTS_PER_LINK) {
			throw new InvitationRefusedException("events.request.tooMany");
		}
		if (this.invitations.existsByEventIdAndEmailKey(forwarded.getEventId(), Invitation.emailKey(cleanEmail))) {
			throw new InvitationRefusedException("events.request.exists");
		}
		Instant now = this.clock.instant();
		Invitation request = new Invitation(forwarded.getEventId(),
				new Invitee(null, forwarded.getCityId(), cleanName, cleanOrganization, cleanEmail, lang),
				InvitationStatus.REQUESTED, null, "invitee", now);
		request.setRequestedViaId(forwarded.getId());
		Invitation saved = this.invitations.saveAndFlush(request);
		this.history
			.save(new InvitationEntry(saved.getId(), Action.REQUESTED, null, "via " + forwarded.getInviteeName(), now));
		return saved;
	}

	private Invitation find(String token) {
		Invitation invitation = this.links.invitationOf(token)
			.flatMap(this.invitations::findById)
			.orElseThrow(this::notFound);
		Event event = this.events.findById(invitation.getEventId()).orElseThrow(this::notFound);
		if (this.clock.instant().isAfter(event.getEndsAt().plus(LINK_LIFETIME))) {
			throw notFound();
		}
		return invitation;
	}

	private NotFoundException notFound() {
		return new NotFoundException("events.invitation.link.notFound");
	}

	private static boolean matches(Invitation invitation, Collection<String> deviceSecrets) {
		return invitation.getDeviceHash() != null && deviceSecrets.stream()
			.filter((secret) -> SecretTokens.wellFormed(DEVICE_PREFIX, secret))
			.anyMatch((secret) -> invitation.getDeviceHash().equals(SecretTokens.hash(secret)));
	}

	private static String clean(String text) {
		if (text == null) {
			return null;
		}
		String stripped = TextInput.withoutNul(text).strip();
		return stripped.isEmpty() ? null : stripped;
	}

	/**
	 * The link as opened.
	 *
	 * @param invitation the invitation
	 * @param event its event
	 * @param invitee whether this browser is the invitee's (it may answer)
	 * @param newDeviceSecret the secret to set in this browser's cookie, when the link
	 * was just bound to it
	 */
	public record LinkView(Invitation invitation, Event event, boolean invitee, String newDeviceSecret) {

		/** The last day to answer, in the event's zone. */
		public LocalDate lastDay() {
			return (this.event.getAnswerDeadline() != null) ? this.event.getAnswerDeadline() : this.event.getStartsOn();
		}

	}

}
