package org.integra.system;

/**
 * What a calendar file sent by e-mail asks of its recipient (iTIP, RFC 5546), and its
 * content type as an attachment.
 */
public enum CalendarMethod {

	/** For information: the event as it stands, nobody is asked to answer. */
	PUBLISH,
	/** An invitation, or an update of one (with a higher sequence number). */
	REQUEST,
	/** The event is cancelled; the file is marked {@code STATUS:CANCELLED}. */
	CANCEL;

	/**
	 * The content type of a file written with this method, e.g.
	 * {@code text/calendar; charset=UTF-8; method=REQUEST}.
	 */
	public String contentType() {
		return ICalendar.MEDIA_TYPE + "; charset=UTF-8; method=" + name();
	}

}
