package org.integra.mail;

import org.springframework.modulith.NamedInterface;

/**
 * A message to queue in the outbox.
 *
 * @param kind what it is (letter, e-mail, digest…)
 * @param recipient the e-mail address it goes to
 * @param recipientName the recipient's name, if known
 * @param subject its subject
 * @param body its plain-text body
 * @param language the language it is written in (es, pt, en), if known
 * @param reference what it is about, e.g. {@code city:12}, if anything
 */
@NamedInterface(name = "api", propagate = false)
public record OutgoingMessage(MessageKind kind, String recipient, String recipientName, String subject, String body,
		String language, String reference) {
}
