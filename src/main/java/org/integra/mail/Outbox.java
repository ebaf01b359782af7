package org.integra.mail;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.ParseException;
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

	/** The most files one message may carry. */
	public static final int MAX_ATTACHMENTS = 5;

	/** The most bytes the files of one message may have together: 1 MB. */
	public static final int MAX_ATTACHMENT_BYTES = 1024 * 1024;

	/** The longest file name of an attachment. */
	public static final int MAX_FILENAME_LENGTH = 200;

	private static final int MAX_CONTENT_TYPE_LENGTH = 200;

	private final OutboxRepository messages;

	private final Clock clock;

	private final MailSettings settings;

	Outbox(OutboxRepository messages, Clock clock, MailSettings settings) {
		this.messages = messages;
		this.clock = clock;
		this.settings = settings;
	}

	/**
	 * Who every message is sent from ({@code integra.mail.from}, e.g.
	 * {@code Integra <integra@example.org>}), as name and bare address: e.g. the
	 * organiser an {@code .ics} invitation names, so that answers from a calendar client
	 * reach the team.
	 */
	public Sender sender() {
		try {
			InternetAddress address = new InternetAddress(this.settings.from(), false);
			return new Sender(address.getPersonal(), address.getAddress());
		}
		catch (AddressException ex) {
			throw new IllegalStateException("integra.mail.from is not an address: " + this.settings.from(), ex);
		}
	}

	/**
	 * The sender of the outbox's messages.
	 *
	 * @param name the name shown, if any
	 * @param address the bare address, e.g. {@code integra@example.org}
	 */
	@NamedInterface(name = "api", propagate = false)
	public record Sender(String name, String address) {
	}

	/**
	 * Stores a message for sending; it goes out once the caller's transaction commits and
	 * the sender's next round comes, with its attachments.
	 * @return the stored message
	 * @throws IllegalArgumentException when it has more than {@value #MAX_ATTACHMENTS}
	 * attachments, more than {@value #MAX_ATTACHMENT_BYTES} bytes of them, a file name
	 * longer than {@value #MAX_FILENAME_LENGTH} characters or a content type that does
	 * not parse
	 */
	@Transactional
	public QueuedMessage queue(OutgoingMessage message, String user) {
		OutgoingMessage clean = new OutgoingMessage(message.kind(), message.recipient().strip(),
				TextInput.withoutNul(message.recipientName()), TextInput.withoutNul(message.subject()),
				TextInput.withoutNul(message.body()), message.language(), message.reference(),
				checked(message.attachments()));
		String messageId = "<" + UUID.randomUUID() + "@integra>";
		return QueuedMessage.of(this.messages.save(new OutboxMessage(clean, messageId, user, this.clock.instant())));
	}

	/**
	 * The attachments within the limits, their names on one line and without a path.
	 */
	static List<MailAttachment> checked(List<MailAttachment> attachments) {
		if (attachments.size() > MAX_ATTACHMENTS) {
			throw new IllegalArgumentException(
					attachments.size() + " attachments, at most " + MAX_ATTACHMENTS + " are allowed");
		}
		long total = attachments.stream().mapToLong(MailAttachment::size).sum();
		if (total > MAX_ATTACHMENT_BYTES) {
			throw new IllegalArgumentException(
					"attachments of " + total + " bytes, at most " + MAX_ATTACHMENT_BYTES + " are allowed");
		}
		List<MailAttachment> checked = new ArrayList<>(attachments.size());
		for (MailAttachment attachment : attachments) {
			String filename = attachment.filename()
				.replaceAll("\\p{Cntrl}", "")
				.replaceAll("[/\\\\]", "_")
				.replace('\u2028', ' ')
				.replace('\u2029', ' ')
				.strip();
			if (filename.isEmpty() || filename.length() > MAX_FILENAME_LENGTH) {
				throw new IllegalArgumentException("attachment file name empty or longer than " + MAX_FILENAME_LENGTH
						+ " characters: " + attachment.filename());
			}
			String contentType = attachment.contentType().strip();
			if (contentType.length() > MAX_CONTENT_TYPE_LENGTH || !TextInput.isSingleLine(contentType)) {
				throw new IllegalArgumentException("attachment content type too long or not on one line");
			}
			try {
				new ContentType(contentType);
			}
			catch (ParseException ex) {
				throw new IllegalArgumentException("attachment content type does not parse: " + contentType, ex);
			}
			checked.add(new MailAttachment(filename, contentType, attachment.content()));
		}
		return checked;
	}

}
