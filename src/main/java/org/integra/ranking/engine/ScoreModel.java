package org.integra.ranking.engine;

/**
 * A method's normalisation, computed once per decision matrix, so that scoring under any
 * weights is a tight loop over primitive arrays.
 */
sealed interface ScoreModel permits WeightedSumModel, TopsisModel {

	/**
	 * Scores every row under the given normalised weights into {@code scores}.
	 */
	void score(double[] weights, double[] scores);

	/**
	 * The contribution of one criterion to one row's score; see {@link Contribution}.
	 */
	Contribution contribution(int row, int criterion, double[] weights);

	static ScoreModel of(Method method, DecisionMatrix matrix) {
		return switch (method) {
			case WEIGHTED_SUM -> new WeightedSumModel(matrix);
			case TOPSIS -> new TopsisModel(matrix);
		};
	}

}
