package org.integra.cities.geonames;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * Something wrong in a GeoNames file: the line (from 1; 0 for the whole file), a message
 * key and its arguments.
 */
public record GeonamesProblem(long line, String messageKey, Object... arguments) {

	/** The line and the message in that language, as the API lists problems. */
	public Map<String, Object> localized(MessageSource messages, Locale locale) {
		return Map.of("line", this.line, "message", messages.getMessage(this.messageKey, this.arguments, locale));
	}

}
