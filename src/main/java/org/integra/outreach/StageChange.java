package org.integra.outreach;

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
 * One dated, attributed move of a candidate between stages; never changed.
 */
@Entity
@Table(name = "candidate_stage_change")
public class StageChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "candidate_id", nullable = false)
	private long candidateId;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_stage")
	private Stage fromStage;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_stage", nullable = false)
	private Stage toStage;

	private String note;

	@Column(name = "changed_by", nullable = false)
	private String changedBy;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	protected StageChange() {
	}

	StageChange(long candidateId, Stage fromStage, Stage toStage, String note, String changedBy, Instant changedAt) {
		this.candidateId = candidateId;
		this.fromStage = fromStage;
		this.toStage = toStage;
		this.note = note;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getCandidateId() {
		return this.candidateId;
	}

	public Stage getFromStage() {
		return this.fromStage;
	}

	public Stage getToStage() {
		return this.toStage;
	}

	public String getNote() {
		return this.note;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

}
