package org.integra.events;

import org.integra.system.RefusedException;

import org.springframework.http.HttpStatus;

/**
 * An event may not move to a status from the one it is in, or may no longer be edited.
 */
public class EventStatusRefusedException extends RefusedException {

	private final EventStatus from;

	private final EventStatus to;

	public EventStatusRefusedException(EventStatus from, EventStatus to) {
		super(HttpStatus.CONFLICT, (to == null) ? "events.event.notEditable" : "events.event.status.refused");
		this.from = from;
		this.to = to;
	}

	public EventStatus getFrom() {
		return this.from;
	}

	/** The status asked for; {@code null} when the event was to be edited. */
	public EventStatus getTo() {
		return this.to;
	}

}
