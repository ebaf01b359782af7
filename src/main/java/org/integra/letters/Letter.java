package org.integra.letters;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.integra.audit.Audited;

/**
 * A letter as it was composed and sent, kept so that its PDF can be made again.
 */
@Entity
@Audited(value = "Letter", label = "subject")
@Table(name = "letter")
public class Letter {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "template_id")
	private Long templateId;

	@Column(name = "city_id", nullable = false)
	private long cityId;

	@Column(name = "person_id")
	private Long personId;

	@Column(nullable = false)
	private String language;

	@Column(nullable = false)
	private String subject;

	@Column(nullable = false)
	private String body;

	@Enumerated(EnumType.STRING)
	@Column(name = "sent_how", nullable = false)
	private SentHow sentHow;

	@Column(name = "outbox_message_id")
	private Long outboxMessageId;

	@Column(name = "interaction_id")
	private Long interactionId;

	@Column(name = "sent_by", nullable = false)
	private String sentBy;

	@Column(name = "sent_at", nullable = false)
	private Instant sentAt;

	protected Letter() {
	}

	Letter(Long templateId, long cityId, Long personId, String language, String subject, String body, SentHow sentHow,
			Long outboxMessageId, Long interactionId, String sentBy, Instant sentAt) {
		this.templateId = templateId;
		this.cityId = cityId;
		this.personId = personId;
		this.language = language;
		this.subject = subject;
		this.body = body;
		this.sentHow = sentHow;
		this.outboxMessageId = outboxMessageId;
		this.interactionId = interactionId;
		this.sentBy = sentBy;
		this.sentAt = sentAt;
	}

	public Long getId() {
		return this.id;
	}

	/** The template it was written from is deleted; the letter keeps its text. */
	void forgetTemplate() {
		this.templateId = null;
	}

	public Long getTemplateId() {
		return this.templateId;
	}

	public long getCityId() {
		return this.cityId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public String getLanguage() {
		return this.language;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getBody() {
		return this.body;
	}

	public SentHow getSentHow() {
		return this.sentHow;
	}

	public Long getOutboxMessageId() {
		return this.outboxMessageId;
	}

	public Long getInteractionId() {
		return this.interactionId;
	}

	public String getSentBy() {
		return this.sentBy;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

}
