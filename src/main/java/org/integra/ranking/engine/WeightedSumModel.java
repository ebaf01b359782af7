package org.integra.ranking.engine;

/**
 * Weighted sum of min–max normalised values. The best value of a criterion normalises to
 * 1 and the worst to 0 (reversed for more-is-worse). When every ranked alternative has
 * the same value (max = min, including a single alternative) every one gets 1: the
 * criterion then adds its full weight to everybody and does not change the order.
 */
final class WeightedSumModel implements ScoreModel {

	private final DecisionMatrix matrix;

	private final int rows;

	private final int columns;

	/** Row-major normalised values in [0, 1]. */
	final double[] normalised;

	private WeightedSumModel(DecisionMatrix matrix, int rows, int columns, double[] normalised) {
		this.matrix = matrix;
		this.rows = rows;
		this.columns = columns;
		this.normalised = normalised;
	}

	WeightedSumModel(DecisionMatrix matrix) {
		this.matrix = matrix;
		int rows = matrix.rows;
		int columns = matrix.columns;
		this.rows = rows;
		this.columns = columns;
		this.normalised = new double[rows * columns];
		for (int j = 0; j < columns; j++) {
			double min = Double.POSITIVE_INFINITY;
			double max = Double.NEGATIVE_INFINITY;
			for (int i = 0; i < rows; i++) {
				double value = matrix.values[i * columns + j];
				min = Math.min(min, value);
				max = Math.max(max, value);
			}
			double range = max - min;
			boolean moreIsBetter = matrix.directions[j] == Direction.MORE_IS_BETTER;
			for (int i = 0; i < rows; i++) {
				double value = matrix.values[i * columns + j];
				double n;
				if (range == 0) {
					n = 1.0;
				}
				else {
					n = moreIsBetter ? (value - min) / range : (max - value) / range;
				}
				this.normalised[i * columns + j] = n;
			}
		}
	}

	@Override
	public void score(double[] weights, double[] scores) {
		int rows = this.rows;
		int columns = this.columns;
		double[] n = this.normalised;
		for (int i = 0, base = 0; i < rows; i++, base += columns) {
			double sum = 0;
			for (int j = 0; j < columns; j++) {
				sum += weights[j] * n[base + j];
			}
			scores[i] = sum;
		}
	}

	@Override
	public Contribution contribution(int row, int j, double[] weights) {
		double n = this.normalised[row * this.matrix.columns + j];
		double weighted = weights[j] * n;
		return new Contribution(this.matrix.criterionIds[j], this.matrix.value(row, j), weights[j], n, weighted,
				weights[j] - weighted, weighted);
	}

	/** Exact: the score is linear in the weights. */
	@Override
	public void scoreBounds(WeightBox box, double[] minScores, double[] maxScores) {
		double[] row = new double[this.columns];
		int[] order = new int[this.columns];
		for (int i = 0; i < this.rows; i++) {
			System.arraycopy(this.normalised, i * this.columns, row, 0, this.columns);
			minScores[i] = box.min(row, order);
			maxScores[i] = box.max(row, order);
		}
	}

	@Override
	public ScoreModel restrictedTo(int[] rows) {
		return new WeightedSumModel(this.matrix, rows.length, this.columns,
				ScoreModel.rowsOf(this.normalised, this.columns, rows));
	}

}
