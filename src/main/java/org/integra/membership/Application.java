package org.integra.membership;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.integra.audit.AuditIgnored;
import org.integra.audit.Audited;

/**
 * A city's application to join the network, at one step of {@link ApplicationRules}; its
 * steps are kept as {@link ApplicationStep}s, its documents on file as
 * {@link ApplicationDocument}s.
 */
@Entity
@Table(name = "membership_application")
@Audited(value = "MembershipApplication")
public class Application {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "city_id", nullable = false, updatable = false)
	private long cityId;

	/**
	 * The city while the application is open, none once it is final: unique, so that a
	 * city has at most one open application even when two users open one at once.
	 */
	@AuditIgnored
	@Column(name = "open_city_id")
	private Long openCityId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ApplicationStatus status;

	private String reason;

	@Column(name = "summit_date")
	private LocalDate summitDate;

	@Column(name = "summit_place")
	private String summitPlace;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_by", nullable = false)
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Application() {
	}

	Application(long cityId, String by, Instant now) {
		this.cityId = cityId;
		this.openCityId = cityId;
		this.status = ApplicationStatus.DRAFT;
		this.createdBy = by;
		this.createdAt = now;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	/** Moves to the status, which the rules have allowed. */
	void moved(ApplicationStatus to, String reason, String by, Instant now) {
		this.status = to;
		if (ApplicationRules.needsReason(to)) {
			this.reason = reason;
		}
		if (!to.open()) {
			this.openCityId = null;
		}
		touched(by, now);
	}

	/** Records the Summit that approves it. */
	void summit(LocalDate date, String place) {
		this.summitDate = date;
		this.summitPlace = place;
	}

	void touched(String by, Instant now) {
		this.updatedBy = by;
		this.updatedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public long getCityId() {
		return this.cityId;
	}

	public ApplicationStatus getStatus() {
		return this.status;
	}

	/** Why it was rejected or withdrawn; none otherwise. */
	public String getReason() {
		return this.reason;
	}

	public LocalDate getSummitDate() {
		return this.summitDate;
	}

	public String getSummitPlace() {
		return this.summitPlace;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
