package org.integra.ranking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.integra.ranking.engine.Method;

/**
 * One saved state of a scoring model; never changed once written.
 */
@Entity
@Table(name = "scoring_model_version")
public class ScoringModelVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "model_id", nullable = false)
	private long modelId;

	@Column(nullable = false)
	private int number;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Method method;

	@Column(name = "exclude_members", nullable = false)
	private boolean excludeMembers;

	@Enumerated(EnumType.STRING)
	@Column(name = "country_rule", nullable = false)
	private CountryRule countryRule;

	private String note;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "scoring_model_weight", joinColumns = @JoinColumn(name = "version_id"))
	@MapKeyColumn(name = "criterion_id")
	@Column(name = "weight", nullable = false)
	@OrderBy("criterion_id")
	private Map<Long, BigDecimal> weights = new LinkedHashMap<>();

	protected ScoringModelVersion() {
	}

	ScoringModelVersion(long modelId, int number, Method method, EligibilityRules eligibility,
			Map<Long, BigDecimal> weights, String note, String createdBy, Instant createdAt) {
		this.modelId = modelId;
		this.number = number;
		this.method = method;
		this.excludeMembers = eligibility.excludeMembers();
		this.countryRule = eligibility.countryRule();
		this.weights = new LinkedHashMap<>(weights);
		this.note = note;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getModelId() {
		return this.modelId;
	}

	public int getNumber() {
		return this.number;
	}

	public Method getMethod() {
		return this.method;
	}

	public EligibilityRules getEligibility() {
		return new EligibilityRules(this.excludeMembers, this.countryRule);
	}

	public boolean isExcludeMembers() {
		return this.excludeMembers;
	}

	public CountryRule getCountryRule() {
		return this.countryRule;
	}

	public String getNote() {
		return this.note;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** Criterion id → relative weight as it was given (1:1:1 stays 1, 1, 1). */
	public Map<Long, BigDecimal> getWeights() {
		Map<Long, BigDecimal> given = new LinkedHashMap<>();
		this.weights.forEach((id, weight) -> given.put(id, ModelWeights.plain(weight)));
		return Collections.unmodifiableMap(given);
	}

	/**
	 * A criterion's relative weight as given; zero when the version does not weigh it.
	 */
	public BigDecimal weightOf(long criterionId) {
		return ModelWeights.plain(this.weights.getOrDefault(criterionId, BigDecimal.ZERO));
	}

	/**
	 * Criterion id → weight in percent, two decimals adding up to exactly 100, for
	 * showing.
	 */
	public Map<Long, BigDecimal> getPercentWeights() {
		return this.weights.values().stream().anyMatch((weight) -> weight.signum() > 0)
				? ModelWeights.normalise(this.weights) : Map.of();
	}

	/** A criterion's exact share in percent (not rounded), for computing. */
	public double percentOf(long criterionId) {
		return ModelWeights.percentages(this.weights).getOrDefault(criterionId, 0.0);
	}

}
