package org.integra.mail;

import java.util.Optional;

import org.integra.system.PathPlaceholders;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Placeholders of the outbox routes in the authorization matrix.
 */
public class MailPathPlaceholders implements PathPlaceholders {

	static final String FIXTURE = "Authorization matrix fixture";

	@Override
	public Optional<String> resolve(String name, ApplicationContext context) {
		return switch (name) {
			case "outboxMessageId" -> Optional.of(message(context));
			default -> Optional.empty();
		};
	}

	/**
	 * A cancelled message, so that no sender ever takes it. Created once when missing.
	 */
	private static String message(ApplicationContext context) {
		Optional<String> existing = PathPlaceholders.firstValue(context,
				"select min(id) from outbox_message where subject = ?", FIXTURE);
		if (existing.isPresent()) {
			return existing.get();
		}
		context.getBean(JdbcClient.class)
			.sql("insert into outbox_message (kind, recipient, subject, body, message_id, status, attempts, "
					+ "next_attempt_at, created_by, created_at, version) values ('EMAIL', 'matrix@example.org', ?, "
					+ "'Body', '<matrix-fixture@integra>', 'CANCELLED', 0, current_timestamp, 'admin', "
					+ "current_timestamp, 0)")
			.param(FIXTURE)
			.update();
		return PathPlaceholders.firstValue(context, "select min(id) from outbox_message where subject = ?", FIXTURE)
			.orElseThrow();
	}

}
