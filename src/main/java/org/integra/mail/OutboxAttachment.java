package org.integra.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A file stored with an outbox message, sent with it on every attempt.
 */
@Embeddable
public class OutboxAttachment {

	@Column(nullable = false)
	private String filename;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(nullable = false, length = Outbox.MAX_ATTACHMENT_BYTES)
	private byte[] content;

	protected OutboxAttachment() {
	}

	OutboxAttachment(MailAttachment attachment) {
		this.filename = attachment.filename();
		this.contentType = attachment.contentType();
		this.content = attachment.content();
	}

	public String getFilename() {
		return this.filename;
	}

	public String getContentType() {
		return this.contentType;
	}

	/** Its size in bytes. */
	public int getSize() {
		return this.content.length;
	}

	/** Its bytes, not to be changed. */
	byte[] content() {
		return this.content;
	}

}
