package org.integra.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules of answering an invitation, in plain Java: who may answer when, what an
 * acceptance becomes when the event is full, and who gets a seat that is freed.
 */
public final class InvitationRules {

	/** The most people one invitation may bring. */
	public static final int MAX_PARTY = 20;

	private InvitationRules() {
	}

	/** Yes or no. */
	public enum Answer {

		ACCEPT, DECLINE

	}

	/**
	 * The event as far as answering goes.
	 *
	 * @param status its status
	 * @param deadline the last day to answer, in the event's zone; none when open until
	 * it starts
	 * @param startsOn the day it starts, in its zone
	 * @param capacity the seats; none when unlimited
	 * @param seatsTaken the seats held by the other accepted invitations (not this one)
	 * @param othersWaiting how many other invitations are on the waiting list
	 */
	public record EventState(EventStatus status, LocalDate deadline, LocalDate startsOn, Integer capacity,
			int seatsTaken, int othersWaiting) {
	}

	/**
	 * What the answer does: the status it leads to, or the message key of why it is
	 * refused.
	 */
	public record Decision(InvitationStatus status, String refusal) {

		static Decision refused(String key) {
			return new Decision(null, key);
		}

		public boolean isRefused() {
			return this.refusal != null;
		}

	}

	/**
	 * The outcome of an answer.
	 * @param current the invitation's status
	 * @param answer yes or no
	 * @param party how many people come (for a yes)
	 * @param event the event
	 * @param today the day, in the event's zone
	 * @param byStaff whether staff records an answer they received (allowed after the
	 * deadline and while registration is closed, not once the event is over)
	 */
	public static Decision answer(InvitationStatus current, Answer answer, int party, EventState event, LocalDate today,
			boolean byStaff) {
		if (!current.answerable()) {
			return Decision.refused("events.answer.refused.notInvited");
		}
		boolean open = event.status() == EventStatus.ANNOUNCED
				|| (byStaff && event.status() == EventStatus.REGISTRATION_CLOSED);
		if (!open) {
			return Decision.refused("events.answer.refused.closed");
		}
		LocalDate last = (event.deadline() != null) ? event.deadline() : event.startsOn();
		if (!byStaff && today.isAfter(last)) {
			return Decision.refused("events.answer.refused.deadline");
		}
		if (answer == Answer.DECLINE) {
			return new Decision(InvitationStatus.DECLINED, null);
		}
		if (party < 1 || party > MAX_PARTY) {
			return Decision.refused("events.answer.refused.party");
		}
		boolean fits = event.capacity() == null || event.seatsTaken() + party <= event.capacity();
		if (current == InvitationStatus.ACCEPTED) {
			// a change of the party keeps the seat, or is refused: it never loses the
			// seat
			return fits ? new Decision(InvitationStatus.ACCEPTED, null)
					: Decision.refused("events.answer.refused.full");
		}
		if (current == InvitationStatus.WAITLISTED) {
			// keeps its place in the line; promotion gives it a seat when its turn comes
			return new Decision(InvitationStatus.WAITLISTED, null);
		}
		if (fits && event.othersWaiting() == 0) {
			return new Decision(InvitationStatus.ACCEPTED, null);
		}
		return new Decision(InvitationStatus.WAITLISTED, null);
	}

	/** A place on the waiting list: the invitation and the people it brings. */
	public record Waiting(long invitationId, int party) {
	}

	/**
	 * Who gets the freed seats: the waiting list in its order, first come first served;
	 * the first who does not fit stops the line (nobody behind them jumps it).
	 * @param queue the waiting invitations, first waiting first
	 * @param capacity the seats; none when unlimited
	 * @param seatsTaken the seats held by accepted invitations
	 */
	public static List<Long> promoted(List<Waiting> queue, Integer capacity, int seatsTaken) {
		List<Long> promoted = new ArrayList<>();
		int taken = seatsTaken;
		for (Waiting waiting : queue) {
			if (capacity != null && taken + waiting.party() > capacity) {
				break;
			}
			promoted.add(waiting.invitationId());
			taken += waiting.party();
		}
		return promoted;
	}

	/**
	 * The invitations a reminder goes to: those chosen that still have no answer when it
	 * is sent.
	 */
	public static List<Long> reminded(List<Long> chosen, Map<Long, InvitationStatus> statuses) {
		return chosen.stream()
			.filter((id) -> statuses.containsKey(id) && statuses.get(id).awaitsAnswer())
			.distinct()
			.toList();
	}

	/** Why a reminder cannot be set for that day, or {@code null} when it can. */
	public static String reminderRefusal(LocalDate sendOn, LocalDate today, EventState event) {
		if (sendOn == null) {
			return "events.reminder.refused.noDate";
		}
		if (sendOn.isBefore(today)) {
			return "events.reminder.refused.past";
		}
		LocalDate last = (event.deadline() != null) ? event.deadline() : event.startsOn();
		if (sendOn.isAfter(last)) {
			return "events.reminder.refused.afterDeadline";
		}
		if (event.status() != EventStatus.ANNOUNCED) {
			return "events.reminder.refused.notAnnounced";
		}
		return null;
	}

}
