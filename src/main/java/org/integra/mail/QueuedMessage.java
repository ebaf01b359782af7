package org.integra.mail;

import org.springframework.modulith.NamedInterface;

/**
 * A message just stored in the outbox, as other modules see it.
 *
 * @param id the outbox message's id, e.g. to link a letter to its delivery
 * @param messageId the Message-ID header it will be sent with
 */
@NamedInterface(name = "api", propagate = false)
public record QueuedMessage(long id, String messageId) {

	static QueuedMessage of(OutboxMessage message) {
		return new QueuedMessage(message.getId(), message.getMessageId());
	}

}
