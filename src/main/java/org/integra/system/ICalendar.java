package org.integra.system;

import java.nio.charset.StandardCharsets;

import net.fortuna.ical4j.model.Calendar;

/**
 * The iCalendar (RFC 5545) format, written with ical4j for any module: a calendar as text
 * with CRLF line endings and lines folded at 75 octets of UTF-8 without splitting a
 * character (ical4j folds at 75 characters), and TEXT values made safe for the library to
 * escape. A calendar of one event, to attach to an invitation, is written by
 * {@link CalendarEventWriter}.
 */
public final class ICalendar {

	/** The content type of an iCalendar file, without parameters. */
	public static final String MEDIA_TYPE = "text/calendar";

	static final String CRLF = "\r\n";

	static final int MAX_OCTETS = 75;

	private ICalendar() {
	}

	/** The calendar as text, every line folded and ending in CRLF. */
	public static String write(Calendar calendar) {
		StringBuilder out = new StringBuilder();
		for (String line : calendar.toString().split(CRLF)) {
			out.append(fold(line)).append(CRLF);
		}
		return out.toString();
	}

	/**
	 * A TEXT value without the control characters TEXT does not allow, its line breaks as
	 * LF for the library to escape; {@code null} is empty.
	 */
	public static String text(String text) {
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

}
