package org.integra.system;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes a calendar of one event (VEVENT) with ical4j, to attach to an invitation, an
 * update or a cancellation ({@link CalendarMethod}), or to download. Start and end are
 * written in UTC ({@code DTSTART:20261124T123000Z}), valid without a VTIMEZONE; the text
 * is folded by {@link ICalendar}.
 */
public final class CalendarEventWriter {

	private CalendarEventWriter() {
	}

	/**
	 * The calendar as text, every line folded and ending in CRLF.
	 * @param prodId who made it, e.g. {@code -//Integra//Events//EN}
	 * @param method what it asks of its recipient; {@link CalendarMethod#CANCEL} marks
	 * the event cancelled
	 * @param stamp when it was written (DTSTAMP)
	 * @param event the event
	 */
	public static String write(String prodId, CalendarMethod method, Instant stamp, CalendarEvent event) {
		Calendar calendar = new Calendar();
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(new ProdId(ICalendar.text(prodId)));
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(switch (method) {
			case PUBLISH -> ImmutableMethod.PUBLISH;
			case REQUEST -> ImmutableMethod.REQUEST;
			case CANCEL -> ImmutableMethod.CANCEL;
		});
		if (event.zone() != null) {
			calendar.add(new XProperty("X-WR-TIMEZONE", event.zone().getId()));
		}
		VEvent component = new VEvent(false);
		component.add(new Uid(ICalendar.text(event.uid())));
		component.add(new Sequence(event.sequence()));
		component.add(new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS)));
		component.add(new DtStart<>(event.start().truncatedTo(ChronoUnit.SECONDS)));
		component.add(new DtEnd<>(event.end().truncatedTo(ChronoUnit.SECONDS)));
		component.add(new Summary(ICalendar.text(event.summary())));
		if (hasText(event.description())) {
			component.add(new Description(ICalendar.text(event.description())));
		}
		if (hasText(event.location())) {
			component.add(new Location(ICalendar.text(event.location())));
		}
		if (hasText(event.url())) {
			component.add(new Url(URI.create(event.url().strip())));
		}
		if (event.organizer() != null) {
			component.add(named(new Organizer(mailto(event.organizer())), event.organizer()));
		}
		if (event.attendee() != null) {
			Attendee attendee = named(new Attendee(mailto(event.attendee())), event.attendee());
			attendee.add(Role.REQ_PARTICIPANT);
			if (method == CalendarMethod.REQUEST) {
				attendee.add(PartStat.NEEDS_ACTION);
			}
			component.add(attendee);
		}
		component.add((method == CalendarMethod.CANCEL) ? ImmutableStatus.VEVENT_CANCELLED
				: ImmutableStatus.VEVENT_CONFIRMED);
		calendar.add(component);
		return ICalendar.write(calendar);
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

	/**
	 * The person's address as a {@code mailto:} URI.
	 * @throws IllegalArgumentException when it has characters no address has, e.g. a
	 * space
	 */
	static URI mailto(CalendarEvent.Person person) {
		return URI.create("mailto:" + person.email().strip());
	}

	/**
	 * The property with the person's name as CN, on one line and without the double quote
	 * a parameter value cannot hold.
	 */
	private static <T extends Property> T named(T property, CalendarEvent.Person person) {
		if (hasText(person.name())) {
			property.add(new Cn(ICalendar.text(person.name()).replaceAll("[\\t\\n]+", " ").replace('"', '\'').strip()));
		}
		return property;
	}

}
