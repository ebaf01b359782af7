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

	private final int rows;

	private final int columns;

	private final double[] normalised;

	/** Row-major (r - r+)². */
	private final double[] idealGaps;

	/** Row-major (r - r−)². */
	private final double[] antiIdealGaps;

	private TopsisModel(TopsisModel model, int[] rows) {
		this.matrix = model.matrix;
		this.rows = rows.length;
		this.columns = model.columns;
		this.normalised = ScoreModel.rowsOf(model.normalised, model.columns, rows);
		this.idealGaps = ScoreModel.rowsOf(model.idealGaps, model.columns, rows);
		this.antiIdealGaps = ScoreModel.rowsOf(model.antiIdealGaps, model.columns, rows);
	}

	TopsisModel(DecisionMatrix matrix) {
		this.matrix = matrix;
		int rows = matrix.rows;
		int columns = matrix.columns;
		this.rows = rows;
		this.columns = columns;
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
		int rows = this.rows;
		int columns = this.columns;
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

	/**
	 * Closeness grows with D− and falls with D+, so the extremes combine the smallest
	 * distance of one kind with the largest of the other; each squared distance
	 * {@code Σ w² g} is bounded with {@link WeightBox#minOfSquares} and
	 * {@link WeightBox#maxOfSquares}. The closeness of 1 given when both distances are
	 * zero needs no special case: a bound with both zero is 1, and every score it bounds
	 * is then 1 as well.
	 */
	@Override
	public void scoreBounds(WeightBox box, double[] minScores, double[] maxScores) {
		int columns = this.columns;
		double[] ideal = new double[columns];
		double[] antiIdeal = new double[columns];
		double[] scratch = new double[columns];
		int[] order = new int[columns];
		for (int i = 0, base = 0; i < this.rows; i++, base += columns) {
			System.arraycopy(this.idealGaps, base, ideal, 0, columns);
			System.arraycopy(this.antiIdealGaps, base, antiIdeal, 0, columns);
			double idealLow = box.minOfSquares(ideal, scratch, order);
			double idealHigh = Math.max(0, box.maxOfSquares(ideal, scratch, order));
			double antiLow = box.minOfSquares(antiIdeal, scratch, order);
			double antiHigh = Math.max(0, box.maxOfSquares(antiIdeal, scratch, order));
			maxScores[i] = closeness(Math.sqrt(idealLow), Math.sqrt(antiHigh));
			minScores[i] = closeness(Math.sqrt(idealHigh), Math.sqrt(antiLow));
		}
	}

	@Override
	public ScoreModel restrictedTo(int[] rows) {
		return new TopsisModel(this, rows);
	}

}
