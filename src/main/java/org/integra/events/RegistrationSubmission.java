package org.integra.events;

import java.util.Locale;

/**
 * What a registrant typed, each field stripped, without NUL and {@code null} when empty.
 *
 * @param name their name (required)
 * @param organization the organisation they work for
 * @param city the city they come from, as typed
 * @param country the ISO code of their country
 * @param position their position
 * @param email their address (required)
 * @param language the language they want their mails in: es, pt or en
 */
public record RegistrationSubmission(String name, String organization, String city, String country, String position,
		String email, String language) {

	public RegistrationSubmission {
		name = RegistrationRules.clean(name);
		organization = RegistrationRules.clean(organization);
		city = RegistrationRules.clean(city);
		country = RegistrationRules.clean(country);
		if (country != null) {
			country = country.toUpperCase(Locale.ROOT);
		}
		position = RegistrationRules.clean(position);
		email = RegistrationRules.clean(email);
		language = RegistrationRules.clean(language);
	}

}
