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

	/**
	 * For every row, bounds on the lowest and the highest score it can get under any
	 * weights in the box (not always attained).
	 */
	void scoreBounds(WeightBox box, double[] minScores, double[] maxScores);

	/**
	 * The same model restricted to some rows (in increasing order), for scoring only: the
	 * normalisation stays the one of all rows.
	 */
	ScoreModel restrictedTo(int[] rows);

	static ScoreModel of(Method method, DecisionMatrix matrix) {
		return switch (method) {
			case WEIGHTED_SUM -> new WeightedSumModel(matrix);
			case TOPSIS -> new TopsisModel(matrix);
		};
	}

	/** The rows of a row-major array, in the order given. */
	static double[] rowsOf(double[] values, int columns, int[] rows) {
		double[] result = new double[rows.length * columns];
		for (int k = 0; k < rows.length; k++) {
			System.arraycopy(values, rows[k] * columns, result, k * columns, columns);
		}
		return result;
	}

}
