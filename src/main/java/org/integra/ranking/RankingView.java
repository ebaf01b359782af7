package org.integra.ranking;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.integra.ranking.engine.RankedAlternative;
import org.integra.ranking.engine.RankingResult;

/**
 * A ranking of eligible cities under one scoring model version, possibly with weights
 * moved away from the version's.
 *
 * @param version the scoring model version
 * @param criteria the criteria that took part (weight above zero), in the result's order
 * @param requestedWeights the relative weights used, per criterion id (all weighable
 * criteria, zero included)
 * @param result the engine's result: ranked cities (alternative id = city id) and the
 * incomplete ones
 * @param cities the eligible cities by alternative id
 * @param ineligible how many cities the version's eligibility rules left out
 */
public record RankingView(ScoringModelVersion version, List<Criterion> criteria, Map<Long, Double> requestedWeights,
		RankingResult result, Map<String, RankedCity> cities, int ineligible) {

	public RankedCity city(RankedAlternative row) {
		return this.cities.get(row.alternativeId());
	}

	/** The row of a city, if it was ranked. */
	public Optional<RankedAlternative> rowOf(long cityId) {
		String id = Long.toString(cityId);
		return this.result.ranked().stream().filter((row) -> row.alternativeId().equals(id)).findFirst();
	}

	/** Whether the ranking used the version's own weights. */
	public boolean modelWeights() {
		return ModelWeights.percentages(this.version.getWeights())
			.entrySet()
			.stream()
			.allMatch((entry) -> Math
				.abs(entry.getValue() - this.requestedWeights.getOrDefault(entry.getKey(), 0.0)) < 1e-9);
	}

	/** Short: the default would print every city of the ranking. */
	@Override
	public String toString() {
		return "RankingView[version=" + this.version.getId() + ", ranked=" + this.result.ranked().size()
				+ ", incomplete=" + this.result.incomplete().size() + ", ineligible=" + this.ineligible + "]";
	}

}
