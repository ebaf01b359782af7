package org.integra.audit.capture;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders attribute values as the text kept in the trail: dates and times in ISO-8601,
 * enums by name, decimals without exponent, associated entities by their identifier, sets
 * sorted so that the same content always reads the same.
 */
final class ValueText {

	static final String SEPARATOR = ", ";

	private ValueText() {
	}

	/**
	 * @param value the attribute value, may be {@code null}
	 * @param entityId the identifier of the value when it is an entity, else
	 * {@code null}; lets callers resolve associations without touching proxies
	 */
	static String of(Object value, Function<Object, Object> entityId) {
		if (value == null) {
			return null;
		}
		Object id = entityId.apply(value);
		if (id != null) {
			return of(id, (ignored) -> null);
		}
		if (value instanceof CharSequence text) {
			return text.toString();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate().toString();
		}
		if (value instanceof java.sql.Time time) {
			return time.toLocalTime().toString();
		}
		if (value instanceof Date date) {
			return date.toInstant().toString();
		}
		if (value instanceof Calendar calendar) {
			return calendar.toInstant().toString();
		}
		if (value instanceof TemporalAccessor) {
			return value.toString();
		}
		if (value instanceof byte[] bytes) {
			return "[" + bytes.length + " bytes]";
		}
		if (value instanceof char[] chars) {
			return new String(chars);
		}
		if (value instanceof Map<?, ?> map) {
			return map.entrySet()
				.stream()
				.map((entry) -> of(entry.getKey(), entityId) + "=" + of(entry.getValue(), entityId))
				.sorted()
				.collect(Collectors.joining(SEPARATOR));
		}
		if (value instanceof Collection<?> collection) {
			var texts = collection.stream().map((element) -> String.valueOf(of(element, entityId)));
			if (!(collection instanceof java.util.List)) {
				texts = texts.sorted();
			}
			return texts.collect(Collectors.joining(SEPARATOR));
		}
		return value.toString();
	}

	/**
	 * Cuts text to at most {@code max} characters without splitting a surrogate pair.
	 */
	static String truncate(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		int end = max;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end);
	}

}
