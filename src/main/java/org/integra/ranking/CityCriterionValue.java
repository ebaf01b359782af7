package org.integra.ranking;

import java.math.BigDecimal;

/**
 * A city's value for one criterion: typed (with its evidence) or derived, or missing.
 *
 * @param criterion the criterion
 * @param value the value, null when missing
 * @param evidence the typed value with its evidence, null for derived or missing values
 */
public record CityCriterionValue(Criterion criterion, BigDecimal value, CriterionValue evidence) {

	public boolean present() {
		return this.value != null;
	}

	/** The level label's index for ordinal criteria, else null. */
	public CriterionLevel level() {
		if (this.value == null || this.criterion.getKind() != CriterionKind.ORDINAL) {
			return null;
		}
		return this.criterion.getLevels()
			.stream()
			.filter((level) -> BigDecimal.valueOf(level.getOrdinal()).compareTo(this.value) == 0)
			.findFirst()
			.orElse(null);
	}

}
