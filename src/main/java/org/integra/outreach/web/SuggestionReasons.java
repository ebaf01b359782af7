package org.integra.outreach.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.integra.outreach.MentorSuggestions.Suggestion;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says in words why a member city is suggested as a mentor, e.g. "Same country · 2
 * thematic priorities in common (…) · 412 km".
 */
@Component
class SuggestionReasons {

	static final String SEPARATOR = " · ";

	private final MessageSource messages;

	SuggestionReasons(MessageSource messages) {
		this.messages = messages;
	}

	String reason(Suggestion suggestion, Map<Long, String> unitNames, Locale locale) {
		List<String> parts = new ArrayList<>();
		parts.add(suggestion.sameCountry() ? message("outreach.mentors.reason.sameCountry", locale)
				: message("outreach.mentors.reason.otherCountry", locale, suggestion.countryCode()));
		List<Long> shared = suggestion.sharedPriorities();
		String units = shared.stream()
			.map((id) -> unitNames.getOrDefault(id, Long.toString(id)))
			.collect(Collectors.joining(", "));
		parts.add(switch (shared.size()) {
			case 0 -> message("outreach.mentors.reason.shared.none", locale);
			case 1 -> message("outreach.mentors.reason.shared.one", locale, units);
			default -> message("outreach.mentors.reason.shared.many", locale, shared.size(), units);
		});
		parts.add((suggestion.distanceKm() != null)
				? message("outreach.mentors.reason.distance", locale, suggestion.distanceKm())
				: message("outreach.mentors.reason.distance.unknown", locale));
		return String.join(SEPARATOR, parts);
	}

	List<String> sharedNames(Suggestion suggestion, Map<Long, String> unitNames) {
		return suggestion.sharedPriorities()
			.stream()
			.map((id) -> unitNames.getOrDefault(id, Long.toString(id)))
			.toList();
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
