package org.integra.ranking;

import java.math.BigDecimal;

/**
 * The terms of one fee bracket: populations from {@code populationMin} up to and
 * including {@code populationMax} (open-ended when null) pay {@code annualAmount} a year.
 */
public record FeeBracketTerms(long populationMin, Long populationMax, BigDecimal annualAmount, String currency,
		int year, boolean illustrative) {

	boolean covers(long population) {
		return population >= this.populationMin && (this.populationMax == null || population <= this.populationMax);
	}

}
