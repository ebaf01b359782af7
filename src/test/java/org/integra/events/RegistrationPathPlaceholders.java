package org.integra.events;

import java.util.Optional;

import org.integra.cities.TestCities;
import org.integra.system.PathPlaceholders;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public registration's placeholders: an event open to registration (created once)
 * and a confirmation link no registration has.
 */
public class RegistrationPathPlaceholders implements PathPlaceholders {

	@Override
	public Optional<String> resolve(String name, ApplicationContext context) {
		return switch (name) {
			case "missingRegistrationToken" -> Optional.of(Registrations.TOKEN_PREFIX + "A".repeat(43));
			case "registrationEventId" -> Optional.of(openEvent(context));
			case "registrationId" -> Optional.of(registration(context));
			default -> Optional.empty();
		};
	}

	/** A confirmed registration to the open event (made once). */
	private static synchronized String registration(ApplicationContext context) {
		String event = openEvent(context);
		Optional<String> existing = PathPlaceholders.firstValue(context,
				"select min(id) from event_registration where event_id = " + event
						+ " and name = 'Placeholder Registrant'");
		if (existing.isPresent()) {
			return existing.get();
		}
		context.getBean(JdbcClient.class)
			.sql("insert into event_registration (event_id, name, organization_name, city_name, country_code, email, "
					+ "email_key, language, token_hash, search_text, created_at, confirmed_at, version) values "
					+ "(?, 'Placeholder Registrant', 'Alcaldía de Prueba', 'Ciudad de Prueba', 'BO', "
					+ "'placeholder@example.org', 'placeholder@example.org', 'es', ?, 'placeholder registrant', "
					+ "current_timestamp, current_timestamp, 0)")
			.params(Long.parseLong(event),
					org.integra.system.SecretTokens.hash(org.integra.system.SecretTokens.create("reg_")))
			.update();
		return PathPlaceholders
			.firstValue(context,
					"select min(id) from event_registration where event_id = " + event
							+ " and name = 'Placeholder Registrant'")
			.orElseThrow();
	}

	private static synchronized String openEvent(ApplicationContext context) {
		Optional<String> existing = PathPlaceholders.firstValue(context,
				"select min(event_id) from event_registration_setting where registration_open = true "
						+ "and updated_by = 'placeholder'");
		if (existing.isPresent()) {
			return existing.get();
		}
		long event = new EventFixtures(context.getBean(Events.class), context.getBean(TestCities.class),
				context.getBean(JdbcClient.class))
			.announcedEvent(null);
		context.getBean(RegistrationRecords.class)
			.setOpen(event, true, org.integra.system.Actor.of("placeholder", org.integra.system.Roles.COORDINATOR));
		return Long.toString(event);
	}

}
