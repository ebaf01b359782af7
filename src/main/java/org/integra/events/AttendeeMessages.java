package org.integra.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.integra.events.AttendeeMessage.Audience;
import org.integra.mail.MessageKind;
import org.integra.mail.Outbox;
import org.integra.mail.OutgoingMessage;
import org.integra.system.Actor;
import org.integra.system.TextInput;
import org.integra.system.ValidationFailedException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A message to an event's attendees only, or to its no-shows only, in each person's
 * language (Portuguese for those who prefer it, Spanish for everyone else), through the
 * outbox; each send is recorded.
 */
@Service
@Transactional(readOnly = true)
public class AttendeeMessages {

	public static final int SUBJECT_MAX = 200;

	public static final int BODY_MAX = 10000;

	private final Events events;

	private final InvitationRepository invitations;

	private final AttendanceRepository attendances;

	private final AttendeeMessageRepository sent;

	private final Outbox outbox;

	private final Clock clock;

	AttendeeMessages(Events events, InvitationRepository invitations, AttendanceRepository attendances,
			AttendeeMessageRepository sent, Outbox outbox, Clock clock) {
		this.events = events;
		this.invitations = invitations;
		this.attendances = attendances;
		this.sent = sent;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** The messages sent for the event, newest first. */
	public List<AttendeeMessage> sent(long eventId) {
		this.events.get(eventId);
		return this.sent.findByEventIdOrderBySentAtDescIdDesc(eventId);
	}

	/** Who a message to the audience would go to (those with an address). */
	public List<Recipient> recipients(long eventId, Audience audience) {
		Event event = this.events.get(eventId);
		List<Attendance> all = this.attendances.findByEventId(eventId);
		List<Recipient> recipients = new ArrayList<>();
		if (audience == Audience.ATTENDEES) {
			for (Attendance attendance : all) {
				if (attendance.isCheckedIn() && attendance.getEmail() != null) {
					recipients.add(new Recipient(attendance.getAttendeeName(), attendance.getEmail(),
							attendance.getLanguage()));
				}
			}
			return recipients;
		}
		boolean counted = AttendanceRules.noShowsCounted(event.getStatus(), event.getEndsAt(), this.clock.instant());
		Set<Long> checkedIn = all.stream()
			.filter((attendance) -> attendance.isCheckedIn() && attendance.getInvitationId() != null)
			.map(Attendance::getInvitationId)
			.collect(Collectors.toSet());
		for (Invitation invitation : this.invitations.findByEventIdAndStatusOrderByWaitlistedAtAscIdAsc(eventId,
				InvitationStatus.ACCEPTED)) {
			if (AttendanceRules.isNoShow(invitation.getStatus(), checkedIn.contains(invitation.getId()), counted)) {
				recipients
					.add(new Recipient(invitation.getInviteeName(), invitation.getEmail(), invitation.getLanguage()));
			}
		}
		return recipients;
	}

	/**
	 * Sends the message to each person of the audience in their language.
	 * @return how many messages were queued
	 * @throws ValidationFailedException naming the refused fields
	 * @throws CheckInRefusedException when the audience has nobody
	 */
	@Transactional
	public int send(long eventId, Audience audience, Texts texts, Actor actor) {
		if (!EventPolicy.of(actor).mayManage()) {
			throw new AccessDeniedException("events");
		}
		Texts clean = texts.cleaned();
		List<Map.Entry<String, String>> problems = new ArrayList<>();
		if (audience == null) {
			problems.add(Map.entry("audience", "events.attendeeMessage.audience.required"));
		}
		required(clean.subjectEs(), SUBJECT_MAX, "subjectEs", problems);
		required(clean.bodyEs(), BODY_MAX, "bodyEs", problems);
		required(clean.subjectPt(), SUBJECT_MAX, "subjectPt", problems);
		required(clean.bodyPt(), BODY_MAX, "bodyPt", problems);
		if (!problems.isEmpty()) {
			throw new ValidationFailedException(problems);
		}
		List<Recipient> recipients = recipients(eventId, audience);
		if (recipients.isEmpty()) {
			throw new CheckInRefusedException("events.attendeeMessage.noRecipients");
		}
		for (Recipient recipient : recipients) {
			boolean pt = "pt".equals(recipient.language());
			this.outbox.queue(new OutgoingMessage(MessageKind.EMAIL, recipient.email(), recipient.name(),
					pt ? clean.subjectPt() : clean.subjectEs(), pt ? clean.bodyPt() : clean.bodyEs(), pt ? "pt" : "es",
					"event:" + eventId), actor.username());
		}
		this.sent.save(new AttendeeMessage(eventId, audience, clean.subjectEs(), clean.subjectPt(), recipients.size(),
				actor.username(), this.clock.instant()));
		return recipients.size();
	}

	private static void required(String value, int max, String field, List<Map.Entry<String, String>> problems) {
		if (value == null) {
			problems.add(Map.entry(field, "events.attendeeMessage." + field + ".required"));
		}
		else if (value.length() > max || (field.startsWith("subject") && !TextInput.isSingleLine(value))) {
			problems.add(Map.entry(field, "events.attendeeMessage." + field + ".invalid"));
		}
	}

	/**
	 * Someone a message goes to.
	 *
	 * @param name their name
	 * @param email their address
	 * @param language es or pt
	 */
	public record Recipient(String name, String email, String language) {
	}

	/**
	 * The message in Spanish and in Portuguese.
	 *
	 * @param subjectEs the subject in Spanish
	 * @param bodyEs the text in Spanish
	 * @param subjectPt the subject in Portuguese
	 * @param bodyPt the text in Portuguese
	 */
	public record Texts(String subjectEs, String bodyEs, String subjectPt, String bodyPt) {

		Texts cleaned() {
			return new Texts(AttendanceRules.clean(this.subjectEs), AttendanceRules.clean(this.bodyEs),
					AttendanceRules.clean(this.subjectPt), AttendanceRules.clean(this.bodyPt));
		}

	}

}
