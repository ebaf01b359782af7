package org.integra.tasks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar (RFC 5545) object of to-dos: CRLF line endings, lines folded at 75
 * octets without splitting a UTF-8 sequence, and TEXT values escaped.
 */
public final class ICalendarWriter {

	static final String CRLF = "\r\n";

	static final int MAX_OCTETS = 75;

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

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
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:" + escape(prodId));
		line(out, "CALSCALE:GREGORIAN");
		line(out, "X-WR-CALNAME:" + escape(name));
		for (Todo todo : todos) {
			line(out, "BEGIN:VTODO");
			line(out, "UID:" + escape(todo.uid()));
			line(out, "DTSTAMP:" + DATE_TIME.format(stamp));
			if (todo.due() != null) {
				line(out, "DUE;VALUE=DATE:" + DATE.format(todo.due()));
			}
			line(out, "SUMMARY:" + escape(todo.summary()));
			if (todo.description() != null && !todo.description().isBlank()) {
				line(out, "DESCRIPTION:" + escape(todo.description()));
			}
			if (todo.url() != null) {
				line(out, "URL:" + todo.url());
			}
			line(out, "STATUS:NEEDS-ACTION");
			line(out, "END:VTODO");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	private static void line(StringBuilder out, String contentLine) {
		out.append(fold(contentLine)).append(CRLF);
	}

	/**
	 * A TEXT value escaped: backslash, semicolon, comma and line breaks; other control
	 * characters, which TEXT does not allow, are dropped.
	 */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case ';' -> out.append("\\;");
				case ',' -> out.append("\\,");
				case '\r' -> {
					out.append("\\n");
					if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
						i++;
					}
				}
				case '\n' -> out.append("\\n");
				default -> {
					if (c == '\t' || (c >= 0x20 && c != 0x7f)) {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
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
