package org.integra.cities;

import java.util.Optional;

import org.integra.system.PathPlaceholders;

import org.springframework.context.ApplicationContext;

/**
 * Placeholders of the cities routes in the authorization matrix: a demo city and country.
 */
public class CitiesPathPlaceholders implements PathPlaceholders {

	@Override
	public Optional<String> resolve(String name, ApplicationContext context) {
		return switch (name) {
			case "cityId" -> PathPlaceholders.firstValue(context, "select min(id) from city");
			case "countryCode" -> PathPlaceholders.firstValue(context, "select min(code) from country");
			default -> Optional.empty();
		};
	}

}
