package org.integra.ranking.engine;

/**
 * TOPSIS (Hwang &amp; Yoon 1981) with vector normalisation {@code r = x / ‖x‖}. Weights
 * are not negative, so the ideal and anti-ideal do not move with the weights and the
 * squared per-criterion gaps {@code (r - r+)²} and {@code (r - r−)²} are computed once;
 * then {@code D+² = Σ w² (r - r+)²}. A column whose norm is zero (all values 0)
 * normalises to 0 and, like any column where all values are equal, adds nothing to either
 * distance. If an alternative is both at the ideal and the anti-ideal (D+ = D− = 0: all
 * values equal on every criterion, e.g. a single alternative) its closeness is defined as
 * 1.
 */
final class TopsisModel implements ScoreModel {

	private final DecisionMatrix matrix;

	private final double[] normalised;

	/** Row-major (r - r+)². */
	private final double[] idealGaps;

	/** Row-major (r - r−)². */
	private final double[] antiIdealGaps;

	TopsisModel(DecisionMatrix matrix) {
		this.matrix = matrix;
		int rows = matrix.rows;
		int columns = matrix.columns;
		this.normalised = new double[rows * columns];
		this.idealGaps = new double[rows * columns];
		this.antiIdealGaps = new double[rows * columns];
		for (int j = 0; j < columns; j++) {
			double sumOfSquares = 0;
			for (int i = 0; i < rows; i++) {
				double value = matrix.values[i * columns + j];
				sumOfSquares += value * value;
			}
			double norm = Math.sqrt(sumOfSquares);
			double min = Double.POSITIVE_INFINITY;
			double max = Double.NEGATIVE_INFINITY;
			for (int i = 0; i < rows; i++) {
				double r = (norm == 0) ? 0 : matrix.values[i * columns + j] / norm;
				this.normalised[i * columns + j] = r;
				min = Math.min(min, r);
				max = Math.max(max, r);
			}
			boolean moreIsBetter = matrix.directions[j] == Direction.MORE_IS_BETTER;
			double ideal = moreIsBetter ? max : min;
			double antiIdeal = moreIsBetter ? min : max;
			for (int i = 0; i < rows; i++) {
				double r = this.normalised[i * columns + j];
				this.idealGaps[i * columns + j] = (r - ideal) * (r - ideal);
				this.antiIdealGaps[i * columns + j] = (r - antiIdeal) * (r - antiIdeal);
			}
		}
	}

	@Override
	public void score(double[] weights, double[] scores) {
		int rows = this.matrix.rows;
		int columns = this.matrix.columns;
		double[] squared = new double[columns];
		for (int j = 0; j < columns; j++) {
			squared[j] = weights[j] * weights[j];
		}
		double[] plus = this.idealGaps;
		double[] minus = this.antiIdealGaps;
		for (int i = 0, base = 0; i < rows; i++, base += columns) {
			double toIdeal = 0;
			double toAntiIdeal = 0;
			for (int j = 0; j < columns; j++) {
				toIdeal += squared[j] * plus[base + j];
				toAntiIdeal += squared[j] * minus[base + j];
			}
			scores[i] = closeness(Math.sqrt(toIdeal), Math.sqrt(toAntiIdeal));
		}
	}

	static double closeness(double toIdeal, double toAntiIdeal) {
		double total = toIdeal + toAntiIdeal;
		return (total == 0) ? 1.0 : toAntiIdeal / total;
	}

	@Override
	public Contribution contribution(int row, int j, double[] weights) {
		int cell = row * this.matrix.columns + j;
		double squaredWeight = weights[j] * weights[j];
		return new Contribution(this.matrix.criterionIds[j], this.matrix.values[cell], weights[j],
				this.normalised[cell], weights[j] * this.normalised[cell], squaredWeight * this.idealGaps[cell],
				squaredWeight * this.antiIdealGaps[cell]);
	}

}
