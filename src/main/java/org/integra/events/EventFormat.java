package org.integra.events;

/**
 * Where an event takes place: at a venue, online, or both.
 */
public enum EventFormat {

	IN_PERSON(true, false), ONLINE(false, true), HYBRID(true, true);

	private final boolean venue;

	private final boolean link;

	EventFormat(boolean venue, boolean link) {
		this.venue = venue;
		this.link = link;
	}

	/** Whether it needs a venue (and a city). */
	public boolean hasVenue() {
		return this.venue;
	}

	/** Whether it needs an online link. */
	public boolean hasLink() {
		return this.link;
	}

}
