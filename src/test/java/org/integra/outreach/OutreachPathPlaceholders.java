package org.integra.outreach;

import java.util.Optional;

import org.integra.system.PathPlaceholders;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Placeholders of the outreach routes in the authorization matrix.
 */
public class OutreachPathPlaceholders implements PathPlaceholders {

	private static final String FIXTURE = "Authorization matrix fixture";

	@Override
	public Optional<String> resolve(String name, ApplicationContext context) {
		return switch (name) {
			case "candidateCityId" -> PathPlaceholders.firstValue(context, "select min(city_id) from candidate");
			case "interactionId" -> Optional.of(interaction(context));
			default -> Optional.empty();
		};
	}

	/**
	 * An interaction with a Peruvian candidate logged by an admin: outside the Medellín
	 * mentor's scope. Created once when missing.
	 */
	private static String interaction(ApplicationContext context) {
		Optional<String> existing = PathPlaceholders.firstValue(context,
				"select min(id) from interaction where summary = ?", FIXTURE);
		if (existing.isPresent()) {
			return existing.get();
		}
		String city = PathPlaceholders
			.firstValue(context,
					"select min(c.city_id) from candidate c join city k on k.id = c.city_id "
							+ "where k.country_code = 'PE'")
			.orElseThrow();
		context.getBean(JdbcClient.class)
			.sql("insert into interaction (city_id, occurred_on, kind, channel, summary, interest, recorded_by, "
					+ "recorded_at, version) values (?, date '2017-03-01', 'CALL', 'PORTAL', ?, 'LOW', 'admin', "
					+ "current_timestamp, 0)")
			.params(Long.parseLong(city), FIXTURE)
			.update();
		return PathPlaceholders.firstValue(context, "select min(id) from interaction where summary = ?", FIXTURE)
			.orElseThrow();
	}

}
