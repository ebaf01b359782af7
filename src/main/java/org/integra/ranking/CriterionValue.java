package org.integra.ranking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.integra.audit.Audited;

/**
 * A value a person entered for a city and a criterion, with its evidence.
 */
@Entity
@EntityListeners(RankingChanges.class)
@Table(name = "criterion_value")
@Audited(value = "CriterionValue", label = "numericValue")
public class CriterionValue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "city_id", nullable = false)
	private long cityId;

	@Column(name = "criterion_id", nullable = false)
	private long criterionId;

	@Column(name = "numeric_value", nullable = false)
	private BigDecimal numericValue;

	@Column(nullable = false)
	private String source;

	@Column(name = "evidence_date")
	private LocalDate evidenceDate;

	private String note;

	@Column(name = "entered_by", nullable = false)
	private String enteredBy;

	@Column(name = "entered_at", nullable = false)
	private Instant enteredAt;

	@Version
	private long version;

	protected CriterionValue() {
	}

	public CriterionValue(long cityId, long criterionId) {
		this.cityId = cityId;
		this.criterionId = criterionId;
	}

	public void record(BigDecimal value, String source, LocalDate evidenceDate, String note, String enteredBy,
			Instant enteredAt) {
		this.numericValue = value;
		this.source = source;
		this.evidenceDate = evidenceDate;
		this.note = note;
		this.enteredBy = enteredBy;
		this.enteredAt = enteredAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getCityId() {
		return this.cityId;
	}

	public long getCriterionId() {
		return this.criterionId;
	}

	public BigDecimal getNumericValue() {
		return this.numericValue;
	}

	public String getSource() {
		return this.source;
	}

	public LocalDate getEvidenceDate() {
		return this.evidenceDate;
	}

	public String getNote() {
		return this.note;
	}

	public String getEnteredBy() {
		return this.enteredBy;
	}

	public Instant getEnteredAt() {
		return this.enteredAt;
	}

}
