package org.integra.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.integra.audit.Audited;

/**
 * A reminder the team scheduled: on its day, it goes to the invitations chosen that still
 * have no answer.
 */
@Entity
@Table(name = "event_reminder")
@Audited(value = "Reminder", label = "sendOn")
public class Reminder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "event_id", nullable = false, updatable = false)
	private long eventId;

	@Column(name = "send_on", nullable = false)
	private LocalDate sendOn;

	@ElementCollection
	@CollectionTable(name = "event_reminder_invitation", joinColumns = @JoinColumn(name = "reminder_id"))
	@Column(name = "invitation_id")
	private Set<Long> invitationIds = new LinkedHashSet<>();

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "sent_count")
	private Integer sentCount;

	protected Reminder() {
	}

	Reminder(long eventId, LocalDate sendOn, Set<Long> invitationIds, String createdBy, Instant now) {
		this.eventId = eventId;
		this.sendOn = sendOn;
		this.invitationIds.addAll(invitationIds);
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void sent(int count, Instant now) {
		this.sentAt = now;
		this.sentCount = count;
	}

	public Long getId() {
		return this.id;
	}

	public long getEventId() {
		return this.eventId;
	}

	public LocalDate getSendOn() {
		return this.sendOn;
	}

	public Set<Long> getInvitationIds() {
		return Set.copyOf(this.invitationIds);
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

	public Integer getSentCount() {
		return this.sentCount;
	}

}
