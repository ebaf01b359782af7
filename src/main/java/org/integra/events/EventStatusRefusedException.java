package org.integra.events;

/**
 * An event may not move to a status from the one it is in, or may no longer be edited.
 */
public class EventStatusRefusedException extends RuntimeException {

	private final EventStatus from;

	private final EventStatus to;

	public EventStatusRefusedException(EventStatus from, EventStatus to) {
		super("An event " + from + " may not become " + to);
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
