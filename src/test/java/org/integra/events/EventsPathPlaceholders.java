package org.integra.events;

import java.util.Optional;

import org.integra.cities.TestCities;
import org.integra.system.PathPlaceholders;
import org.integra.system.SecretTokens;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The events module's placeholders: the demo workshop, an invitation with a known link to
 * an announced event of its own, and a link no invitation has.
 */
public class EventsPathPlaceholders implements PathPlaceholders {

	/** The link of the fixture invitation: known to the tests only. */
	static final String FIXTURE_TOKEN = "inv_" + "F".repeat(43);

	static final String FIXTURE_EMAIL = "invitacion.fixture@example.org";

	@Override
	public Optional<String> resolve(String name, ApplicationContext context) {
		return switch (name) {
			case "eventId" -> PathPlaceholders.firstValue(context, "select min(id) from event");
			case "missingToken" -> Optional.of("inv_" + "A".repeat(43));
			case "invitationToken" -> Optional.of(invitation(context)).map((id) -> FIXTURE_TOKEN);
			case "invitationId" -> Optional.of(invitation(context));
			default -> Optional.empty();
		};
	}

	/** An invitation to the demo workshop with the fixture's link; created once. */
	private static String invitation(ApplicationContext context) {
		Optional<String> existing = PathPlaceholders.firstValue(context,
				"select min(id) from event_invitation where email_key = ?", FIXTURE_EMAIL);
		if (existing.isPresent()) {
			return existing.get();
		}
		long event = new EventFixtures(context.getBean(Events.class), context.getBean(TestCities.class),
				context.getBean(JdbcClient.class))
			.announcedEvent(null);
		context.getBean(JdbcClient.class)
			.sql("insert into event_invitation (event_id, invitee_name, email, email_key, language, status, token_hash, "
					+ "created_by, created_at, sent_at, version) values (?, 'Invitada de prueba', ?, ?, 'es', 'SENT', ?, "
					+ "'admin', current_timestamp, current_timestamp, 0)")
			.params(event, FIXTURE_EMAIL, FIXTURE_EMAIL, SecretTokens.hash(FIXTURE_TOKEN))
			.update();
		return PathPlaceholders
			.firstValue(context, "select min(id) from event_invitation where email_key = ?", FIXTURE_EMAIL)
			.orElseThrow();
	}

}
