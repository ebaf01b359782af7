package org.integra.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.integra.events.InvitationEntry.Action;
import org.integra.events.InvitationRules.Answer;
import org.integra.events.InvitationRules.Decision;
import org.integra.events.InvitationRules.EventState;
import org.integra.events.InvitationRules.Waiting;

import org.springframework.stereotype.Component;

/**
 * Applies an answer to an invitation under the event's lock, so that two acceptances
 * racing for the last seat are served one after the other, and gives freed seats to the
 * waiting list in its order, telling each promoted invitee by e-mail.
 */
@Component
class Seating {

	private final EventRepository events;

	private final InvitationRepository invitations;

	private final InvitationEntryRepository history;

	private final InvitationMail mail;

	private final Clock clock;

	private final AttendanceFollowUp followUp;

	Seating(EventRepository events, InvitationRepository invitations, InvitationEntryRepository history,
			InvitationMail mail, Clock clock, AttendanceFollowUp followUp) {
		this.followUp = followUp;
		this.events = events;
		this.invitations = invitations;
		this.history = history;
		this.mail = mail;
		this.clock = clock;
	}

	/**
	 * Answers the invitation; the caller holds a transaction.
	 * @param by the user recording it, or {@code null} for the invitee through the link
	 * @return the decision taken (refused or the status reached)
	 */
	Decision answer(Invitation invitation, Answer answer, int party, String note, AnswerChannel via, String by) {
		Event event = this.events.lockById(invitation.getEventId()).orElseThrow();
		int taken = (int) this.invitations.seatsTakenExcept(event.getId(), invitation.getId());
		int waiting = (int) this.invitations.countByEventIdAndStatusAndIdNot(event.getId(), InvitationStatus.WAITLISTED,
				invitation.getId());
		EventState state = new EventState(event.getStatus(), event.getAnswerDeadline(), event.getStartsOn(),
				event.getCapacity(), taken, waiting);
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, event.zone());
		Decision decision = InvitationRules.answer(invitation.getStatus(), answer, party, state, today, via.byStaff());
		if (decision.isRefused()) {
			return decision;
		}
		invitation.answered(decision.status(), party, note, via, by, now);
		this.invitations.saveAndFlush(invitation);
		String detail = decision.status().name() + ((answer == Answer.ACCEPT) ? " (" + party + ")" : "")
				+ (via.byStaff() ? " · " + via.name() : "");
		this.history.save(new InvitationEntry(invitation.getId(), via.byStaff() ? Action.RECORDED : Action.ANSWERED, by,
				detail, now));
		if (decision.status() == InvitationStatus.WAITLISTED) {
			this.history.save(new InvitationEntry(invitation.getId(), Action.WAITLISTED, null, null, now));
		}
		if (decision.status() == InvitationStatus.ACCEPTED) {
			this.followUp.onAccepted(invitation, event, by);
		}
		promote(event);
		return decision;
	}

	/** Gives the seats free now to the waiting list, in its order. */
	void promote(Event event) {
		int taken = (int) this.invitations.seatsTaken(event.getId());
		List<Invitation> queue = this.invitations.findByEventIdAndStatusOrderByWaitlistedAtAscIdAsc(event.getId(),
				InvitationStatus.WAITLISTED);
		List<Long> promoted = InvitationRules.promoted(queue.stream()
			.map((waiting) -> new Waiting(waiting.getId(),
					(waiting.getPartySize() != null) ? waiting.getPartySize() : 1))
			.toList(), event.getCapacity(), taken);
		Instant now = this.clock.instant();
		for (Invitation waiting : queue) {
			if (promoted.contains(waiting.getId())) {
				waiting.promoted();
				this.invitations.saveAndFlush(waiting);
				this.history.save(new InvitationEntry(waiting.getId(), Action.PROMOTED, null, null, now));
				this.mail.send(InvitationMail.Kind.PROMOTED, waiting, event, null, "system");
				this.followUp.onAccepted(waiting, event, null);
			}
		}
	}

}
