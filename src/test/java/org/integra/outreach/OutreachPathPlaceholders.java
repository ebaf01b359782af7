package org.integra.outreach;

import java.util.Optional;

import org.integra.system.PathPlaceholders;

import org.springframework.context.ApplicationContext;

/**
 * Placeholders of the outreach routes in the authorization matrix.
 */
public class OutreachPathPlaceholders implements PathPlaceholders {

	@Override
	public Optional<String> resolve(String name, ApplicationContext context) {
		return switch (name) {
			case "candidateCityId" -> PathPlaceholders.firstValue(context, "select min(city_id) from candidate");
			default -> Optional.empty();
		};
	}

}
