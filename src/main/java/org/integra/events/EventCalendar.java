package org.integra.events;

import java.time.Clock;
import java.util.Locale;

import org.integra.cities.CitySummary;
import org.integra.mail.MailAttachment;
import org.integra.mail.Outbox;
import org.integra.system.CalendarEvent;
import org.integra.system.CalendarEventWriter;
import org.integra.system.CalendarMethod;

import org.springframework.stereotype.Component;

/**
 * The event as an {@code .ics} file for a calendar client: the same uid in every file
 * about one event, its version as the sequence (so that an edited event replaces the copy
 * the client has), the team's sender address as organiser.
 */
@Component
class EventCalendar {

	static final String PROD_ID = "-//Integra//Events//EN";

	private final Events events;

	private final Outbox outbox;

	private final Clock clock;

	EventCalendar(Events events, Outbox outbox, Clock clock) {
		this.events = events;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * The file to attach to a message about the event.
	 * @param method {@link CalendarMethod#REQUEST} for a personal invitation, PUBLISH for
	 * a confirmation
	 * @param attendee whom the file is for, or {@code null}
	 * @param link where the recipient sees the event or answers, or {@code null}
	 */
	MailAttachment attachment(Event event, CalendarMethod method, Locale locale, CalendarEvent.Person attendee,
			String link) {
		CalendarEvent calendarEvent = new CalendarEvent("event-" + event.getId() + "@integra",
				(int) Math.min(Integer.MAX_VALUE, event.getVersion()), event.getStartsAt(), event.getEndsAt(),
				event.zone(), event.title(locale), event.description(locale), location(event),
				(link != null && !link.isBlank()) ? link : null, organizer(), addressable(attendee) ? attendee : null);
		String text = CalendarEventWriter.write(PROD_ID, method, this.clock.instant(), calendarEvent);
		return MailAttachment.text("event-" + event.getId() + ".ics", method.contentType(), text);
	}

	private CalendarEvent.Person organizer() {
		Outbox.Sender sender = this.outbox.sender();
		return new CalendarEvent.Person(sender.name(), sender.address());
	}

	private String location(Event event) {
		String city = this.events.city(event).map(CitySummary::name).orElse(null);
		String venue = event.getVenue();
		String place = (venue != null && city != null) ? venue + ", " + city : (venue != null) ? venue : city;
		if (event.getOnlineLink() != null) {
			return (place != null) ? place + " · " + event.getOnlineLink() : event.getOnlineLink();
		}
		return place;
	}

	/** Whether the address can stand in a {@code mailto:} URI (a stored one may not). */
	private static boolean addressable(CalendarEvent.Person person) {
		return person != null && person.email().strip().matches("[^\\s<>\"\\\\]+@[^\\s<>\"\\\\]+");
	}

}
