package org.integra.outreach;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.integra.audit.Audited;

/**
 * A member city assigned to mentor a candidate city (plan action 4).
 */
@Entity
@Table(name = "mentor_assignment")
@Audited(value = "MentorAssignment", label = "candidateCityId")
public class MentorAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "candidate_city_id", nullable = false)
	private long candidateCityId;

	@Column(name = "mentor_city_id", nullable = false)
	private long mentorCityId;

	private String note;

	@Column(name = "assigned_by", nullable = false)
	private String assignedBy;

	@Column(name = "assigned_at", nullable = false)
	private Instant assignedAt;

	protected MentorAssignment() {
	}

	MentorAssignment(long candidateCityId, long mentorCityId, String note, String assignedBy, Instant assignedAt) {
		this.candidateCityId = candidateCityId;
		this.mentorCityId = mentorCityId;
		this.note = note;
		this.assignedBy = assignedBy;
		this.assignedAt = assignedAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getCandidateCityId() {
		return this.candidateCityId;
	}

	public long getMentorCityId() {
		return this.mentorCityId;
	}

	public String getNote() {
		return this.note;
	}

	public String getAssignedBy() {
		return this.assignedBy;
	}

	public Instant getAssignedAt() {
		return this.assignedAt;
	}

}
