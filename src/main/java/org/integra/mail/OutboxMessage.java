package org.integra.mail;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A message of the outbox, stored before any attempt to send it.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

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

}
