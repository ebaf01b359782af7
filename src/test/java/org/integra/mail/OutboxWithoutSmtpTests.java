package org.integra.mail;

import org.integra.IntegraTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as tests run it has no SMTP server: nothing is sent, nothing is lost.
 */
@IntegraTest
class OutboxWithoutSmtpTests {

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	OutboxMessages admin;

	@Autowired
	OutboxRepository messages;

	@Test
	void messagesWaitInTheOutboxAndTheStatusSaysWhy() {
		QueuedMessage queued = this.outbox.queue(new OutgoingMessage(MessageKind.DIGEST, "someone@example.org",
				"Someone", "Your tasks", "Nothing overdue.", "en", null), "system");

		assertThat(this.sender.isConfigured()).isFalse();
		assertThat(this.sender.sendDue()).isEqualTo(new OutboxSender.Round(0, 0));
		assertThat(this.sender.sendDue()).isEqualTo(new OutboxSender.Round(0, 0));

		OutboxMessage waiting = this.messages.findById(queued.id()).orElseThrow();
		assertThat(waiting.getStatus()).isEqualTo(OutboxStatus.QUEUED);
		assertThat(waiting.getAttempts()).isZero();
		assertThat(waiting.getLastError()).isNull();

		OutboxMessages.ServerStatus status = this.admin.serverStatus();
		assertThat(status.configured()).isFalse();
		assertThat(status.host()).isNull();
		assertThat(status.queued()).isEqualTo(this.messages.countByStatus(OutboxStatus.QUEUED)).isPositive();
	}

}
