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
			case "forumEventId" -> Optional.of(forumEvent(context));
			case "missingToken" -> Optional.of("inv_" + "A".repeat(43));
			case "invitationToken" -> Optional.of(invitation(context)).map((id) -> FIXTURE_TOKEN);
			case "invitationId" -> Optional.of(invitation(context));
			case "invitationEventId" -> PathPlaceholders.firstValue(context,
					"select event_id from event_invitation where id = ?", Long.parseLong(invitation(context)));
			default -> Optional.empty();
		};
	}

	/**
	 * A candidate city the demo mentor mentors: the fixture invitation is in their scope.
	 */
	private static synchronized String forumEvent(ApplicationContext context) {
		return PathPlaceholders.firstValue(context, "select min(id) from event where kind = 'FORUM_PARTICIPATION'")
			.orElseGet(() -> Long.toString(new EventFixtures(context.getBean(Events.class),
					context.getBean(TestCities.class), context.getBean(JdbcClient.class))
				.announcedForum()));
	}

	private static Long mentorCandidate(ApplicationContext context) {
		return PathPlaceholders
			.firstValue(context,
					"select min(m.candidate_city_id) from mentor_assignment m join app_user u "
							+ "on u.mentor_city_id = m.mentor_city_id where u.username = 'mentor'")
			.map(Long::valueOf)
			.orElse(null);
	}

	/**
	 * An invitation with the fixture's link to an announced event of its own, for a city
	 * the demo mentor mentors; created once.
	 */
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
			.sql("insert into event_invitation (event_id, city_id, invitee_name, email, email_key, language, status, "
					+ "created_by, created_at, sent_at, version) values (?, ?, 'Invitada de prueba', ?, ?, 'es', 'SENT', "
					+ "'admin', current_timestamp, current_timestamp, 0)")
			.params(event, mentorCandidate(context), FIXTURE_EMAIL, FIXTURE_EMAIL)
			.update();
		String id = PathPlaceholders
			.firstValue(context, "select min(id) from event_invitation where email_key = ?", FIXTURE_EMAIL)
			.orElseThrow();
		context.getBean(JdbcClient.class)
			.sql("insert into event_invitation_link (invitation_id, token_hash, created_at) "
					+ "values (?, ?, current_timestamp)")
			.params(Long.parseLong(id), SecretTokens.hash(FIXTURE_TOKEN))
			.update();
		return id;
	}

}
