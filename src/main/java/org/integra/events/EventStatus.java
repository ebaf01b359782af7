package org.integra.events;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an event stands: a draft the team prepares, announced (invitations and answers
 * open), registration closed, held, or cancelled. Only forward moves are allowed, and a
 * held or cancelled event stays so.
 */
public enum EventStatus {

	DRAFT, ANNOUNCED, REGISTRATION_CLOSED, HELD, CANCELLED;

	/** The statuses the event may move to from this one. */
	public Set<EventStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(ANNOUNCED, CANCELLED);
			case ANNOUNCED -> EnumSet.of(REGISTRATION_CLOSED, HELD, CANCELLED);
			case REGISTRATION_CLOSED -> EnumSet.of(ANNOUNCED, HELD, CANCELLED);
			case HELD, CANCELLED -> EnumSet.noneOf(EventStatus.class);
		};
	}

	/** Whether the event may move to that status. */
	public boolean mayMoveTo(EventStatus target) {
		return next().contains(target);
	}

	/** Whether invitees may still answer (before the deadline). */
	public boolean takesAnswers() {
		return this == ANNOUNCED;
	}

	/** Whether the event's details may still be edited. */
	public boolean editable() {
		return this != HELD && this != CANCELLED;
	}

}
