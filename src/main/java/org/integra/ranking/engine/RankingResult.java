package org.integra.ranking.engine;

import java.util.List;

/**
 * The outcome of ranking with a scoring model.
 *
 * @param method the method used
 * @param criterionIds the criteria that took part (weight above zero), in input order
 * @param weights their normalised weights, same order, summing to 1
 * @param ranked the ranked alternatives, best first; tied ones ordered by label, then id
 * @param incomplete the alternatives left out for missing values, in input order
 */
public record RankingResult(Method method, List<String> criterionIds, List<Double> weights,
		List<RankedAlternative> ranked, List<IncompleteAlternative> incomplete) {

	public RankingResult {
		criterionIds = List.copyOf(criterionIds);
		weights = List.copyOf(weights);
		// the engine's own rows are made when read (see RankedRows)
		ranked = (ranked instanceof RankedRows) ? ranked : List.copyOf(ranked);
		incomplete = List.copyOf(incomplete);
	}

}
