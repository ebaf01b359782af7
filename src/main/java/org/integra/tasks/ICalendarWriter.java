package org.integra.tasks;

import java.net.URI;
import java.nio.charset.StandardCharsets;
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

/**
 * Writes an iCalendar (RFC 5545) object of to-dos with ical4j, which escapes the TEXT
 * values: CRLF line endings, lines folded at 75 octets without splitting a UTF-8
 * sequence.
 */
public final class ICalendarWriter {

	static final String CRLF = "\r\n";

	static final int MAX_OCTETS = 75;

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
		calendar.add(new ProdId(clean(prodId)));
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", clean(name)));
		for (Todo todo : todos) {
			VToDo component = new VToDo(false);
			component.add(new Uid(clean(todo.uid())));
			component.add(new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS)));
			if (todo.due() != null) {
				component.add(new Due<>(todo.due()));
			}
			component.add(new Summary(clean(todo.summary())));
			if (todo.description() != null && !todo.description().isBlank()) {
				component.add(new Description(clean(todo.description())));
			}
			if (todo.url() != null) {
				component.add(new Url(URI.create(todo.url())));
			}
			component.add(ImmutableStatus.VTODO_NEEDS_ACTION);
			calendar.add(component);
		}
		// ical4j folds at 75 characters; RFC 5545 asks for 75 octets of UTF-8
		StringBuilder out = new StringBuilder();
		for (String line : calendar.toString().split(CRLF)) {
			out.append(fold(line)).append(CRLF);
		}
		return out.toString();
	}

	/**
	 * A TEXT value without the control characters TEXT does not allow, its line breaks as
	 * LF for the library to escape.
	 */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cntrl}&&[^\\t\\n]]", "");
	}

	/**
	 * A content line folded so that no line is longer than 75 octets in UTF-8, each
	 * continuation starting with a space; lines are joined with CRLF, without a final
	 * one.
	 */
	static String fold(String contentLine) {
		StringBuilder out = new StringBuilder(contentLine.length() + 16);
		int octets = 0;
		int i = 0;
		while (i < contentLine.length()) {
			int codePoint = contentLine.codePointAt(i);
			int size = utf8Length(codePoint);
			if (octets + size > MAX_OCTETS) {
				out.append(CRLF).append(' ');
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		return out.toString();
	}

	static int utf8Length(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		if (codePoint < 0x10000) {
			// a lone surrogate is encoded as "?" by the UTF-8 encoder
			return Character.isSurrogate((char) codePoint) ? 1 : 3;
		}
		return 4;
	}

	/** The size in UTF-8 of a string, e.g. to check a line. */
	static int octets(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
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
