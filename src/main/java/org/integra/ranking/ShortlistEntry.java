package org.integra.ranking;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.integra.audit.Audited;

/**
 * A city put on the shortlist, with the reason and the ranking that stood behind the
 * decision: the model version, the city's rank among how many, and its score.
 */
@Entity
@Table(name = "shortlist_entry")
@Audited(value = "ShortlistEntry", label = "cityId")
public class ShortlistEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "city_id", nullable = false)
	private long cityId;

	@Column(name = "model_version_id", nullable = false)
	private long modelVersionId;

	@Column(name = "city_rank", nullable = false)
	private int rank;

	@Column(nullable = false)
	private BigDecimal score;

	@Column(name = "ranked_cities", nullable = false)
	private int rankedCities;

	@Column(nullable = false)
	private String reason;

	@Column(name = "shortlisted_by", nullable = false)
	private String shortlistedBy;

	@Column(name = "shortlisted_at", nullable = false)
	private Instant shortlistedAt;

	protected ShortlistEntry() {
	}

	ShortlistEntry(long cityId, long modelVersionId, int rank, BigDecimal score, int rankedCities, String reason,
			String shortlistedBy, Instant shortlistedAt) {
		this.cityId = cityId;
		this.modelVersionId = modelVersionId;
		this.rank = rank;
		this.score = score;
		this.rankedCities = rankedCities;
		this.reason = reason;
		this.shortlistedBy = shortlistedBy;
		this.shortlistedAt = shortlistedAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getCityId() {
		return this.cityId;
	}

	public long getModelVersionId() {
		return this.modelVersionId;
	}

	public int getRank() {
		return this.rank;
	}

	public BigDecimal getScore() {
		return this.score;
	}

	public int getRankedCities() {
		return this.rankedCities;
	}

	public String getReason() {
		return this.reason;
	}

	public String getShortlistedBy() {
		return this.shortlistedBy;
	}

	public Instant getShortlistedAt() {
		return this.shortlistedAt;
	}

}
