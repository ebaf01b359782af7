package org.integra.events.web;

import java.util.Locale;
import java.util.Map;

import org.integra.cities.CitySummary;
import org.integra.events.Event;
import org.integra.events.EventFormat;
import org.integra.events.EventKind;
import org.integra.events.EventStatus;

/**
 * An event as a line of the list or a cell of the month: what a reader needs, in their
 * language.
 */
public record EventRow(long id, String title, EventKind kind, EventStatus status, String when, boolean tentative,
		String cityName, EventFormat format, String countryCode) {

	static EventRow of(Event event, Map<Long, CitySummary> cities, Locale locale) {
		CitySummary city = (event.getCityId() != null) ? cities.get(event.getCityId()) : null;
		return new EventRow(event.getId(), event.title(locale), event.getKind(), event.getStatus(),
				EventTimes.span(event, locale), event.isDateTentative(), (city != null) ? city.name() : null,
				event.getFormat(), event.getCountryCode());
	}

}
