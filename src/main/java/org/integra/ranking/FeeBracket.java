package org.integra.ranking;

import java.math.BigDecimal;

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
 * A row of the fee schedule.
 */
@Entity
@EntityListeners(RankingChanges.class)
@Table(name = "fee_bracket")
@Audited(value = "FeeBracket", label = "populationMin")
public class FeeBracket {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "population_min", nullable = false)
	private long populationMin;

	@Column(name = "population_max")
	private Long populationMax;

	@Column(name = "annual_amount", nullable = false)
	private BigDecimal annualAmount;

	@Column(nullable = false)
	private String currency;

	@Column(name = "fee_year", nullable = false)
	private int year;

	@Column(nullable = false)
	private boolean illustrative;

	@Version
	private long version;

	public FeeBracketTerms terms() {
		return new FeeBracketTerms(this.populationMin, this.populationMax, this.annualAmount, this.currency, this.year,
				this.illustrative);
	}

	public void apply(FeeBracketTerms terms) {
		this.populationMin = terms.populationMin();
		this.populationMax = terms.populationMax();
		this.annualAmount = terms.annualAmount();
		this.currency = terms.currency();
		this.year = terms.year();
		this.illustrative = terms.illustrative();
	}

	public Long getId() {
		return this.id;
	}

	public long getPopulationMin() {
		return this.populationMin;
	}

	public Long getPopulationMax() {
		return this.populationMax;
	}

	public BigDecimal getAnnualAmount() {
		return this.annualAmount;
	}

	public String getCurrency() {
		return this.currency;
	}

	public int getYear() {
		return this.year;
	}

	public boolean isIllustrative() {
		return this.illustrative;
	}

}
