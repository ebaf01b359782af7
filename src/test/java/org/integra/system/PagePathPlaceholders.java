package org.integra.system;

import java.util.Optional;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Placeholders of pages that {@link PagesBrowserTests} opens on real records where the
 * authorization matrix only needs a missing one or one out of the mentor's scope: a
 * letter template of the demo data, a finished GeoNames import, and a candidate of the
 * demo mentor's city with an interaction and a task of the mentor.
 */
public class PagePathPlaceholders implements PathPlaceholders {

	static final String IMPORT_FIXTURE = "pages-browser-tests.txt";

	static final String MENTOR_FIXTURE = "Pages browser tests: mentor fixture";

	@Override
	public Optional<String> resolve(String name, ApplicationContext context) {
		return switch (name) {
			case "letterTemplateId" -> PathPlaceholders.firstValue(context, "select min(id) from letter_template");
			case "importJobId" -> Optional.of(importJob(context));
			case "mentorCandidateCityId" -> mentorCandidate(context);
			case "mentorInteractionId" -> Optional.of(mentorInteraction(context));
			case "mentorTaskId" -> Optional.of(mentorTask(context));
			default -> Optional.empty();
		};
	}

	/** A finished import that changed nothing. Created once when missing. */
	private static String importJob(ApplicationContext context) {
		String query = "select min(id) from import_job where file_name = ?";
		Optional<String> existing = PathPlaceholders.firstValue(context, query, IMPORT_FIXTURE);
		if (existing.isPresent()) {
			return existing.get();
		}
		context.getBean(JdbcClient.class)
			.sql("insert into import_job (kind, file_name, countries, status, total_rows, processed_rows, new_count, "
					+ "updated_count, unchanged_count, created_by, created_at, finished_at) values ('GEONAMES', ?, 'UY', "
					+ "'DONE', 1, 1, 0, 0, 1, 'admin', current_timestamp, current_timestamp)")
			.param(IMPORT_FIXTURE)
			.update();
		return PathPlaceholders.firstValue(context, query, IMPORT_FIXTURE).orElseThrow();
	}

	/** A candidate the demo data gives the demo mentor's city. */
	private static Optional<String> mentorCandidate(ApplicationContext context) {
		return PathPlaceholders.firstValue(context,
				"select min(m.candidate_city_id) from mentor_assignment m join app_user u "
						+ "on u.mentor_city_id = m.mentor_city_id where u.username = 'mentor'");
	}

	/**
	 * An interaction the mentor logged with that candidate. Created once when missing.
	 */
	private static String mentorInteraction(ApplicationContext context) {
		String query = "select min(id) from interaction where summary = ?";
		Optional<String> existing = PathPlaceholders.firstValue(context, query, MENTOR_FIXTURE);
		if (existing.isPresent()) {
			return existing.get();
		}
		context.getBean(JdbcClient.class)
			.sql("insert into interaction (city_id, occurred_on, kind, channel, summary, interest, recorded_by, "
					+ "recorded_at, version) values (?, date '2017-03-01', 'CALL', 'PORTAL', ?, 'LOW', 'mentor', "
					+ "current_timestamp, 0)")
			.params(Long.parseLong(mentorCandidate(context).orElseThrow()), MENTOR_FIXTURE)
			.update();
		return PathPlaceholders.firstValue(context, query, MENTOR_FIXTURE).orElseThrow();
	}

	/** An open task of the mentor about that candidate. Created once when missing. */
	private static String mentorTask(ApplicationContext context) {
		String query = "select min(id) from task where title = ?";
		Optional<String> existing = PathPlaceholders.firstValue(context, query, MENTOR_FIXTURE);
		if (existing.isPresent()) {
			return existing.get();
		}
		context.getBean(JdbcClient.class)
			.sql("insert into task (title, assignee, due_on, status, city_id, created_by, created_at, search_text, "
					+ "version) values (?, 'mentor', date '2099-03-01', 'OPEN', ?, 'admin', current_timestamp, ?, 0)")
			.params(MENTOR_FIXTURE, Long.parseLong(mentorCandidate(context).orElseThrow()),
					MENTOR_FIXTURE.toLowerCase())
			.update();
		return PathPlaceholders.firstValue(context, query, MENTOR_FIXTURE).orElseThrow();
	}

}
