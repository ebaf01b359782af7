package org.integra.events.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.integra.events.Event;

/** An event's span written out in the reader's language, in the event's own time zone. */
final class EventTimes {

	private EventTimes() {
	}

	static String span(Event event, Locale locale) {
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
		LocalDateTime start = event.localStart();
		LocalDateTime end = event.localEnd();
		String text = date.format(start) + " " + time.format(start) + "–";
		text += start.toLocalDate().equals(end.toLocalDate()) ? time.format(end)
				: date.format(end) + " " + time.format(end);
		return text + " (" + event.getTimeZone() + ")";
	}

}
