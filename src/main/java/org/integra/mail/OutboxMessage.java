package org.integra.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A message of the outbox, stored before any attempt to send it.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

	/**
	 * The error of a message found being sent when the application started: the SMTP
	 * server may or may not have accepted it, so it is not resent without an admin's
	 * decision.
	 */
	public static final String INTERRUPTED = "mail.outbox.error.interrupted";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MessageKind kind;

	@Column(nullable = false)
	private String recipient;

	@Column(name = "recipient_name")
	private String recipientName;

	@Column(nullable = false)
	private String subject;

	@Column(nullable = false)
	private String body;

	private String language;

	private String reference;

	/**
	 * The Message-ID header, the same on every attempt, so a receiver can tell a repeat.
	 */
	@Column(name = "message_id", nullable = false)
	private String messageId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OutboxStatus status;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "next_attempt_at", nullable = false)
	private Instant nextAttemptAt;

	@Column(name = "claimed_at")
	private Instant claimedAt;

	@Column(name = "last_error")
	private String lastError;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Version
	private long version;

	/** Read only to send the message: its list and API leave the content alone. */
	@ElementCollection
	@CollectionTable(name = "outbox_attachment", joinColumns = @JoinColumn(name = "outbox_message_id"))
	@OrderColumn(name = "ordinal")
	private List<OutboxAttachment> attachments = new ArrayList<>();

	protected OutboxMessage() {
	}

	OutboxMessage(OutgoingMessage message, String messageId, String createdBy, Instant now) {
		this.kind = message.kind();
		this.recipient = message.recipient();
		this.recipientName = message.recipientName();
		this.subject = message.subject();
		this.body = message.body();
		this.language = message.language();
		this.reference = message.reference();
		this.messageId = messageId;
		this.status = OutboxStatus.QUEUED;
		this.attempts = 0;
		this.nextAttemptAt = now;
		this.createdBy = createdBy;
		this.createdAt = now;
		message.attachments().forEach((attachment) -> this.attachments.add(new OutboxAttachment(attachment)));
	}

	public Long getId() {
		return this.id;
	}

	public MessageKind getKind() {
		return this.kind;
	}

	public String getRecipient() {
		return this.recipient;
	}

	public String getRecipientName() {
		return this.recipientName;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getBody() {
		return this.body;
	}

	public String getLanguage() {
		return this.language;
	}

	public String getReference() {
		return this.reference;
	}

	public String getMessageId() {
		return this.messageId;
	}

	public OutboxStatus getStatus() {
		return this.status;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	public Instant getClaimedAt() {
		return this.claimedAt;
	}

	public String getLastError() {
		return this.lastError;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * The files sent with it, in order; loaded when first read, within a transaction.
	 */
	public List<OutboxAttachment> getAttachments() {
		return Collections.unmodifiableList(this.attachments);
	}

	/**
	 * Recipient and name as an address header would show them.
	 */
	public String getRecipientDisplay() {
		return (this.recipientName == null || this.recipientName.isBlank()) ? this.recipient
				: this.recipientName + " <" + this.recipient + ">";
	}

	/** Whether it was given up because an attempt was cut short. */
	public boolean isInterrupted() {
		return INTERRUPTED.equals(this.lastError);
	}

	/** Whether an admin may queue it again. */
	public boolean isRetryable() {
		return this.status == OutboxStatus.QUEUED || this.status == OutboxStatus.FAILED;
	}

	/** Whether an admin may cancel it. */
	public boolean isCancellable() {
		return this.status == OutboxStatus.QUEUED || this.status == OutboxStatus.FAILED;
	}

	/** Whether the sender may take it now. */
	public boolean isDue(Instant now) {
		return this.status == OutboxStatus.QUEUED && !this.nextAttemptAt.isAfter(now);
	}

	/**
	 * The sender takes the message for an attempt; counted as an attempt from here, so an
	 * attempt cut short by a crash counts too.
	 */
	void claim(Instant now) {
		if (!isDue(now)) {
			throw new IllegalStateException("message " + this.id + " is " + this.status + " and due at "
					+ this.nextAttemptAt + ", not to be sent at " + now);
		}
		this.status = OutboxStatus.SENDING;
		this.claimedAt = now;
		this.attempts++;
	}

	/**
	 * An admin's retry: the message is due at once; the attempts made are kept, so a
	 * message past its maximum gets one more attempt.
	 */
	void retry(Instant now) {
		if (!isRetryable()) {
			throw new OutboxTransitionRefusedException("mail.outbox.retry.refused", this.status);
		}
		this.status = OutboxStatus.QUEUED;
		this.nextAttemptAt = now;
		this.claimedAt = null;
	}

	/** An admin's cancel: the message will never be sent. */
	void cancel() {
		if (!isCancellable()) {
			throw new OutboxTransitionRefusedException("mail.outbox.cancel.refused", this.status);
		}
		this.status = OutboxStatus.CANCELLED;
	}

	/**
	 * The SMTP server accepted the message. Also accepted after the message was marked
	 * interrupted in the meantime: what the server took is sent.
	 */
	void delivered(Instant now) {
		if (this.status != OutboxStatus.SENDING && this.status != OutboxStatus.FAILED) {
			throw new IllegalStateException("message " + this.id + " is " + this.status + ", not being sent");
		}
		this.status = OutboxStatus.SENT;
		this.sentAt = now;
		this.lastError = null;
	}

	/**
	 * The attempt failed: the message waits for the next attempt, or is given up when
	 * there is none.
	 * @param error what went wrong, in a line
	 * @param nextAttempt when to try again, empty to give up
	 */
	void attemptFailed(String error, Optional<Instant> nextAttempt) {
		if (this.status != OutboxStatus.SENDING) {
			throw new IllegalStateException("message " + this.id + " is " + this.status + ", not being sent");
		}
		this.lastError = ErrorLine.of(error);
		if (nextAttempt.isPresent()) {
			this.status = OutboxStatus.QUEUED;
			this.nextAttemptAt = nextAttempt.get();
		}
		else {
			this.status = OutboxStatus.FAILED;
		}
	}

}
