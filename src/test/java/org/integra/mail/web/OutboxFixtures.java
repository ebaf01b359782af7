package org.integra.mail.web;

import java.util.UUID;

import org.integra.mail.MessageKind;
import org.integra.mail.Outbox;
import org.integra.mail.OutgoingMessage;
import org.integra.mail.QueuedMessage;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Messages in each status for the page and API tests, which run without an SMTP server:
 * statuses other than queued are set directly, as the sender would have left them.
 */
final class OutboxFixtures {

	private final Outbox outbox;

	private final JdbcClient jdbc;

	OutboxFixtures(Outbox outbox, JdbcClient jdbc) {
		this.outbox = outbox;
		this.jdbc = jdbc;
	}

	long queued(MessageKind kind) {
		String recipient = "outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		QueuedMessage message = this.outbox.queue(new OutgoingMessage(kind, recipient, "Prefeitura de Teste",
				"Assunto " + recipient, "Prezada prefeita,\nconvite <b>não</b> é HTML.", "pt", "city:1"), "admin");
		return message.id();
	}

	long inStatus(MessageKind kind, String status, int attempts, String lastError) {
		long id = queued(kind);
		this.jdbc
			.sql("update outbox_message set status = ?, attempts = ?, last_error = ?, claimed_at = current_timestamp, "
					+ "sent_at = case when ? = 'SENT' then current_timestamp end, version = version + 1 where id = ?")
			.params(status, attempts, lastError, status, id)
			.update();
		return id;
	}

	String status(long id) {
		return this.jdbc.sql("select status from outbox_message where id = ?").param(id).query(String.class).single();
	}

	int attempts(long id) {
		return this.jdbc.sql("select attempts from outbox_message where id = ?")
			.param(id)
			.query(Integer.class)
			.single();
	}

	long count(String status) {
		return this.jdbc.sql("select count(*) from outbox_message where status = ?")
			.param(status)
			.query(Long.class)
			.single();
	}

}
