package org.integra.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.integra.audit.Audited;

/**
 * The survey status of one country's local-government associations and coordination
 * spaces, and what is still missing.
 */
@Entity
@Table(name = "association_survey")
@Audited(value = "AssociationSurvey", label = "countryCode")
public class AssociationSurvey {

	@Id
	@Column(name = "country_code")
	private String countryCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SurveyStatus status;

	private String missing;

	@Column(name = "updated_by", nullable = false)
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private Long version;

	protected AssociationSurvey() {
	}

	AssociationSurvey(String countryCode) {
		this.countryCode = countryCode;
		this.status = SurveyStatus.NOT_STARTED;
	}

	void record(SurveyStatus status, String missing, String user, Instant at) {
		this.status = status;
		this.missing = missing;
		this.updatedBy = user;
		this.updatedAt = at;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public SurveyStatus getStatus() {
		return this.status;
	}

	public String getMissing() {
		return this.missing;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/**
	 * 0 for a survey never recorded, then one more on every save (the column starts at 0
	 * on the first save, so it is shifted by one to tell the two apart).
	 */
	public long getVersion() {
		return (this.version == null) ? 0 : this.version + 1;
	}

}
