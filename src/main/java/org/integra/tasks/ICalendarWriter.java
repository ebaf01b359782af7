package org.integra.tasks;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.integra.system.ICalendar;

/**
 * Writes the task feed, an iCalendar (RFC 5545) object of to-dos, with ical4j, which
 * escapes the TEXT values; {@link ICalendar} folds the lines.
 */
public final class ICalendarWriter {

	private ICalendarWriter() {
	}

	/**
	 * The calendar, every line ending in CRLF.
	 * @param prodId who made it, e.g. {@code -//Integra//Tasks//EN}
	 * @param name the name calendar clients show for it
	 * @param stamp when it was generated (every to-do's DTSTAMP)
	 * @param todos its to-dos
	 */
	public static String write(String prodId, String name, Instant stamp, List<Todo> todos) {
		Calendar calendar = new Calendar();
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(new ProdId(ICalendar.text(prodId)));
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", ICalendar.text(name)));
		for (Todo todo : todos) {
			VToDo component = new VToDo(false);
			component.add(new Uid(ICalendar.text(todo.uid())));
			component.add(new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS)));
			if (todo.due() != null) {
				component.add(new Due<>(todo.due()));
			}
			component.add(new Summary(ICalendar.text(todo.summary())));
			if (todo.description() != null && !todo.description().isBlank()) {
				component.add(new Description(ICalendar.text(todo.description())));
			}
			if (todo.url() != null) {
				component.add(new Url(URI.create(todo.url())));
			}
			component.add(ImmutableStatus.VTODO_NEEDS_ACTION);
			calendar.add(component);
		}
		return ICalendar.write(calendar);
	}

	/**
	 * A to-do of the calendar.
	 *
	 * @param uid its stable unique id
	 * @param due when it is due, if it has a date
	 * @param summary its title
	 * @param description more detail, if any
	 * @param url where to see it, if anywhere
	 */
	public record Todo(String uid, LocalDate due, String summary, String description, String url) {
	}

}
