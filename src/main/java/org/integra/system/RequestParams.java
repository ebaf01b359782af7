package org.integra.system;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Lenient reading of request parameters typed or edited by hand in an address: a value
 * that cannot be read is treated as absent (the page shows its default) rather than
 * answered with an error page. One place for every list and filter of the web layer.
 */
public final class RequestParams {

	private RequestParams() {
	}

	/** A constant of the enum by name, in any case; {@code null} when there is none. */
	public static <E extends Enum<E>> E constant(Class<E> type, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		for (E value : type.getEnumConstants()) {
			if (value.name().equalsIgnoreCase(text.strip())) {
				return value;
			}
		}
		return null;
	}

	/** An ISO date ({@code yyyy-MM-dd}), or {@code null}. */
	public static LocalDate date(String text) {
		try {
			return (text == null || text.isBlank()) ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** A month ({@code yyyy-MM}), or {@code null}. */
	public static YearMonth month(String text) {
		try {
			return (text == null || text.isBlank()) ? null : YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** A positive id of at most 18 digits, or {@code null}. */
	public static Long id(String text) {
		return (text != null && text.strip().matches("\\d{1,18}")) ? Long.valueOf(text.strip()) : null;
	}

	/** An ISO 3166 alpha-2 country code in upper case, or {@code null}. */
	public static String countryCode(String text) {
		return (text != null && text.strip().matches("[A-Za-z]{2}")) ? text.strip().toUpperCase(Locale.ROOT) : null;
	}

	/** A page number counted from 0, at most 100,000; 0 when unreadable. */
	public static int page(String text) {
		return (text != null && text.strip().matches("\\d{1,6}")) ? Math.min(100_000, Integer.parseInt(text.strip()))
				: 0;
	}

}
