package org.integra.system;

import java.time.Instant;
import java.time.ZoneId;

/**
 * One event, as {@link CalendarEventWriter} writes it to an iCalendar file.
 *
 * @param uid its stable unique id, the same in every file about it (invitation, update,
 * cancellation), e.g. {@code event-12@integra}
 * @param sequence its revision, 0 at first, raised each time its time or place changes so
 * that clients replace the copy they have
 * @param start when it starts
 * @param end when it ends, not before it starts
 * @param zone the time zone it takes place in, if known; the times are written in UTC,
 * which every client shows in its user's zone, and the zone is named for clients that
 * show it ({@code X-WR-TIMEZONE})
 * @param summary its title
 * @param description more detail, if any
 * @param location where it takes place, as text, if known
 * @param url where to see it, if anywhere (an absolute URL)
 * @param organizer who organises it, if named; an invitation
 * ({@link CalendarMethod#REQUEST} or {@link CalendarMethod#CANCEL}) should have one
 * @param attendee whom this file is for, if it is a personal invitation
 */
public record CalendarEvent(String uid, int sequence, Instant start, Instant end, ZoneId zone, String summary,
		String description, String location, String url, Person organizer, Person attendee) {

	public CalendarEvent {
		if (uid == null || uid.isBlank()) {
			throw new IllegalArgumentException("an event needs a uid");
		}
		if (sequence < 0) {
			throw new IllegalArgumentException("sequence must not be negative: " + sequence);
		}
		if (start == null || end == null || end.isBefore(start)) {
			throw new IllegalArgumentException("an event needs a start and an end not before it");
		}
		if (summary == null || summary.isBlank()) {
			throw new IllegalArgumentException("an event needs a summary");
		}
	}

	/**
	 * A person of the event, by e-mail address.
	 *
	 * @param name the name clients show, if any
	 * @param email the address
	 */
	public record Person(String name, String email) {

		public Person {
			if (email == null || email.isBlank()) {
				throw new IllegalArgumentException("a person of an event needs an e-mail address");
			}
		}

	}

}
