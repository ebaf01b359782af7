package org.integra.membership;

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
 * A line of an application's history: from which status to which, when, by whom, and the
 * reason or note given. Written once, never changed (the application's own change is in
 * the audit trail).
 */
@Entity
@Table(name = "membership_application_step")
public class ApplicationStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false, updatable = false)
	private long applicationId;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", updatable = false)
	private ApplicationStatus from;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, updatable = false)
	private ApplicationStatus to;

	@Column(updatable = false)
	private String note;

	@Column(name = "taken_by", nullable = false, updatable = false)
	private String by;

	@Column(name = "taken_at", nullable = false, updatable = false)
	private Instant at;

	protected ApplicationStep() {
	}

	ApplicationStep(long applicationId, ApplicationStatus from, ApplicationStatus to, String note, String by,
			Instant at) {
		this.applicationId = applicationId;
		this.from = from;
		this.to = to;
		this.note = note;
		this.by = by;
		this.at = at;
	}

	public Long getId() {
		return this.id;
	}

	public long getApplicationId() {
		return this.applicationId;
	}

	/** The status before; none for the draft's opening. */
	public ApplicationStatus getFrom() {
		return this.from;
	}

	public ApplicationStatus getTo() {
		return this.to;
	}

	/** The reason (rejected, withdrawn) or note given. */
	public String getNote() {
		return this.note;
	}

	/** The user who took the step. */
	public String getBy() {
		return this.by;
	}

	public Instant getAt() {
		return this.at;
	}

}
