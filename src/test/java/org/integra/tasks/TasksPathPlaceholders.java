package org.integra.tasks;

import java.util.Optional;

import org.integra.system.PathPlaceholders;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Placeholders of the task routes in the authorization matrix.
 */
public class TasksPathPlaceholders implements PathPlaceholders {

	private static final String FIXTURE = "Authorization matrix task fixture";

	@Override
	public Optional<String> resolve(String name, ApplicationContext context) {
		return "taskId".equals(name) ? Optional.of(task(context)) : Optional.empty();
	}

	/**
	 * An open task about a Peruvian candidate assigned to an admin: outside the Medellín
	 * mentor's scope. Created once when missing.
	 */
	private static String task(ApplicationContext context) {
		Optional<String> existing = PathPlaceholders.firstValue(context, "select min(id) from task where title = ?",
				FIXTURE);
		if (existing.isPresent()) {
			return existing.get();
		}
		String city = PathPlaceholders
			.firstValue(context,
					"select min(c.city_id) from candidate c join city k on k.id = c.city_id "
							+ "where k.country_code = 'PE'")
			.orElseThrow();
		context.getBean(JdbcClient.class)
			.sql("insert into task (title, assignee, due_on, status, city_id, created_by, created_at, search_text, "
					+ "version) values (?, 'admin', date '2017-03-01', 'OPEN', ?, 'admin', current_timestamp, ?, 0)")
			.params(FIXTURE, Long.parseLong(city), FIXTURE.toLowerCase())
			.update();
		return PathPlaceholders.firstValue(context, "select min(id) from task where title = ?", FIXTURE).orElseThrow();
	}

}
