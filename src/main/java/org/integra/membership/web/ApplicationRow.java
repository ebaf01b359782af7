package org.integra.membership.web;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.integra.cities.CitySummary;
import org.integra.cities.CountryNames;
import org.integra.membership.Application;
import org.integra.membership.ApplicationStatus;

/** A line of the list of applications, with its city's name and country. */
record ApplicationRow(long id, long cityId, String cityName, String countryName, ApplicationStatus status,
		Instant updatedAt, String updatedBy) {

	static ApplicationRow of(Application application, Map<Long, CitySummary> cities, CountryNames countries,
			Locale locale) {
		CitySummary city = cities.get(application.getCityId());
		String name = (city != null) ? city.name() : "#" + application.getCityId();
		String country = (city != null) ? countries.name(city.countryCode(), locale).orElse(city.countryCode()) : "";
		return new ApplicationRow(application.getId(), application.getCityId(), name, country, application.getStatus(),
				application.getUpdatedAt(), application.getUpdatedBy());
	}

}
