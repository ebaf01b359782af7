package org.integra.mail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.modulith.NamedInterface;

/**
 * A file sent with an outgoing message, e.g. an {@code .ics} invitation.
 *
 * @param filename the name the recipient sees, e.g. {@code invitation.ics}
 * @param contentType its MIME type as sent, parameters included, e.g.
 * {@code text/calendar; charset=UTF-8; method=REQUEST}
 * @param content its bytes (copied in and out: the record never shares its array)
 */
@NamedInterface(name = "api", propagate = false)
public record MailAttachment(String filename, String contentType, byte[] content) {

	public MailAttachment {
		if (filename == null || filename.isBlank()) {
			throw new IllegalArgumentException("an attachment needs a file name");
		}
		if (contentType == null || contentType.isBlank()) {
			throw new IllegalArgumentException("attachment " + filename + " needs a content type");
		}
		if (content == null) {
			throw new IllegalArgumentException("attachment " + filename + " has no content");
		}
		content = content.clone();
	}

	/**
	 * A text attachment, encoded in UTF-8.
	 * @param contentType its MIME type, which should say {@code charset=UTF-8}
	 */
	public static MailAttachment text(String filename, String contentType, String text) {
		return new MailAttachment(filename, contentType, text.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public byte[] content() {
		return this.content.clone();
	}

	/** Its size in bytes. */
	public int size() {
		return this.content.length;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MailAttachment that && this.filename.equals(that.filename)
				&& this.contentType.equals(that.contentType) && Arrays.equals(this.content, that.content);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * this.filename.hashCode() + this.contentType.hashCode()) + Arrays.hashCode(this.content);
	}

	@Override
	public String toString() {
		return "MailAttachment[" + this.filename + ", " + this.contentType + ", " + this.content.length + " bytes]";
	}

}
