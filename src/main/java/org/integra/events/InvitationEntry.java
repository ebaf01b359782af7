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
 * A line of an invitation's history: sent, opened, reminded, answered, by whom. Written
 * once, never changed.
 */
@Entity
@Table(name = "event_invitation_entry")
public class InvitationEntry {

	/** What happened. */
	public enum Action {

		SENT, OPENED, OPENED_ELSEWHERE, RELINKED, REMINDED, ANSWERED, RECORDED, WAITLISTED, PROMOTED, REQUESTED,
		APPROVED, WITHDRAWN

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "invitation_id", nullable = false, updatable = false)
	private long invitationId;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Action action;

	@Column(updatable = false)
	private String actor;

	@Column(updatable = false)
	private String detail;

	protected InvitationEntry() {
	}

	InvitationEntry(long invitationId, Action action, String actor, String detail, Instant now) {
		this.invitationId = invitationId;
		this.action = action;
		this.actor = actor;
		this.detail = (detail != null && detail.length() > 500) ? detail.substring(0, 500) : detail;
		this.occurredAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public long getInvitationId() {
		return this.invitationId;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public Action getAction() {
		return this.action;
	}

	/** The user who did it; none when it was the invitee through the link. */
	public String getActor() {
		return this.actor;
	}

	public String getDetail() {
		return this.detail;
	}

}
