package org.integra.ranking.engine;

import java.util.List;

/**
 * Entry point: ranks alternatives by criteria with a method.
 *
 * <pre>{@code
 * RankingResult result = RankingEngine.rank(criteria, cities, Method.WEIGHTED_SUM);
 * }</pre>
 *
 * To re-rank the same data under other weights, or to analyse robustness, keep the
 * {@link PreparedRanking} from {@link #prepare}: normalisation is done once there.
 */
public final class RankingEngine {

	private RankingEngine() {
	}

	/**
	 * Ranks with the criteria's own weights.
	 * @throws InvalidRankingInputException for negative or all-zero weights, no criteria,
	 * a wrong number of values, infinite values or duplicate ids
	 */
	public static RankingResult rank(List<WeightedCriterion> criteria, List<Alternative> alternatives, Method method) {
		return prepare(criteria, alternatives, method).rank();
	}

	/**
	 * Leaves out incomplete alternatives and criteria of weight zero and normalises the
	 * values once.
	 */
	public static PreparedRanking prepare(List<WeightedCriterion> criteria, List<Alternative> alternatives,
			Method method) {
		DecisionMatrix matrix = DecisionMatrix.of(criteria, alternatives);
		return new PreparedRanking(method, matrix, ScoreModel.of(method, matrix));
	}

}
