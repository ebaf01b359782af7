package org.integra.ranking;

import java.util.List;

/**
 * A city's criteria values and how complete they are.
 *
 * @param city the city
 * @param values one entry per active criterion
 * @param completeness percentage of active scoring criteria with a value, 0 to 100
 */
public record CityProfile(CityFacts.Facts city, List<CityCriterionValue> values, int completeness) {

	static int completeness(List<CityCriterionValue> values) {
		List<CityCriterionValue> scoring = values.stream().filter((v) -> v.criterion().isScoring()).toList();
		if (scoring.isEmpty()) {
			return 100;
		}
		long present = scoring.stream().filter(CityCriterionValue::present).count();
		return (int) (present * 100 / scoring.size());
	}

}
