package org.integra.mail;

import java.util.List;

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
 * @param attachments the files sent with it, in order; none for most messages (at most
 * {@value Outbox#MAX_ATTACHMENTS}, {@value Outbox#MAX_ATTACHMENT_BYTES} bytes together)
 */
@NamedInterface(name = "api", propagate = false)
public record OutgoingMessage(MessageKind kind, String recipient, String recipientName, String subject, String body,
		String language, String reference, List<MailAttachment> attachments) {

	public OutgoingMessage {
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	/** A message without attachments. */
	public OutgoingMessage(MessageKind kind, String recipient, String recipientName, String subject, String body,
			String language, String reference) {
		this(kind, recipient, recipientName, subject, body, language, reference, List.of());
	}

	/** The same message with these attachments instead of its own. */
	public OutgoingMessage withAttachments(MailAttachment... attachments) {
		return withAttachments(List.of(attachments));
	}

	/** The same message with these attachments instead of its own. */
	public OutgoingMessage withAttachments(List<MailAttachment> attachments) {
		return new OutgoingMessage(this.kind, this.recipient, this.recipientName, this.subject, this.body,
				this.language, this.reference, attachments);
	}

}
