package org.integra.membership;

import java.util.Optional;

import org.integra.cities.TestCities;
import org.integra.system.Actor;
import org.integra.system.PathPlaceholders;
import org.integra.system.Roles;

import org.springframework.context.ApplicationContext;

/**
 * The membership module's placeholders: an application with a document on file, created
 * once for a city of its own.
 */
public class MembershipPathPlaceholders implements PathPlaceholders {

	static final String FIXTURE_CITY = "Ciudad solicitante de prueba";

	@Override
	public Optional<String> resolve(String name, ApplicationContext context) {
		return "applicationId".equals(name) ? Optional.of(application(context)) : Optional.empty();
	}

	private static synchronized String application(ApplicationContext context) {
		Optional<String> existing = PathPlaceholders.firstValue(context,
				"select min(a.id) from membership_application a join city c on c.id = a.city_id where c.name = ?",
				FIXTURE_CITY);
		if (existing.isPresent()) {
			return existing.get();
		}
		Actor admin = Actor.of("admin", Roles.ADMIN);
		long city = context.getBean(TestCities.class).create(FIXTURE_CITY, "CO");
		Applications applications = context.getBean(Applications.class);
		long id = applications.open(city, admin).getId();
		applications.noteDocument(id, DocumentKind.MAYOR_LETTER, admin);
		return Long.toString(id);
	}

}
