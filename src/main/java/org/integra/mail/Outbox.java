package org.integra.mail;

import java.time.Clock;
import java.util.UUID;

import org.integra.system.TextInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/**
 * The outbox: other modules queue their messages here and never talk to SMTP themselves.
 */
@NamedInterface(name = "api", propagate = false)
@Service
public class Outbox {

	private final OutboxRepository messages;

	private final Clock clock;

	Outbox(OutboxRepository messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Stores a message for sending; it goes out once the caller's transaction commits and
	 * the sender's next round comes.
	 * @return the stored message
	 */
	@Transactional
	public QueuedMessage queue(OutgoingMessage message, String user) {
		OutgoingMessage clean = new OutgoingMessage(message.kind(), message.recipient().strip(),
				TextInput.withoutNul(message.recipientName()), TextInput.withoutNul(message.subject()),
				TextInput.withoutNul(message.body()), message.language(), message.reference());
		String messageId = "<" + UUID.randomUUID() + "@integra>";
		return QueuedMessage.of(this.messages.save(new OutboxMessage(clean, messageId, user, this.clock.instant())));
	}

}
