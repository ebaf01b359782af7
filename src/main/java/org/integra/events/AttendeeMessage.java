package org.integra.events;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A message sent to an event's attendees only, or to its no-shows only: what, to how
 * many, by whom, when. Each recipient's e-mail is in the outbox. Written once.
 */
@Entity
@Table(name = "event_attendee_message")
public class AttendeeMessage {

	/** Who a message goes to. */
	public enum Audience {

		ATTENDEES, NO_SHOWS

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "event_id", nullable = false, updatable = false)
	private long eventId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Audience audience;

	@Column(name = "subject_es", nullable = false, updatable = false)
	private String subjectEs;

	@Column(name = "subject_pt", nullable = false, updatable = false)
	private String subjectPt;

	@Column(nullable = false, updatable = false)
	private int recipients;

	@Column(name = "sent_by", nullable = false, updatable = false)
	private String sentBy;

	@Column(name = "sent_at", nullable = false, updatable = false)
	private Instant sentAt;

	protected AttendeeMessage() {
	}

	AttendeeMessage(long eventId, Audience audience, String subjectEs, String subjectPt, int recipients, String user,
			Instant now) {
		this.eventId = eventId;
		this.audience = audience;
		this.subjectEs = subjectEs;
		this.subjectPt = subjectPt;
		this.recipients = recipients;
		this.sentBy = user;
		this.sentAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Audience getAudience() {
		return this.audience;
	}

	public String getSubjectEs() {
		return this.subjectEs;
	}

	public String getSubjectPt() {
		return this.subjectPt;
	}

	public int getRecipients() {
		return this.recipients;
	}

	public String getSentBy() {
		return this.sentBy;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

}
