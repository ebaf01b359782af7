package org.integra.ranking.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * How stable the top N of a prepared ranking is when the weights change. The top-N set
 * breaks ties at its boundary like the ranking does (label, then id).
 */
public final class RobustnessAnalysis {

	/** Grid step for TOPSIS weight intervals, refined by bisection. */
	static final double TOPSIS_GRID_STEP = 0.001;

	/** Bisection stops when the bracket is narrower than this. */
	static final double TOPSIS_PRECISION = 1e-9;

	private static final int CHUNKS = 64;

	/** Absorbs rounding between a bound and a score computed in another order. */
	private static final double BOUND_TOLERANCE = 1e-9;

	private final DecisionMatrix matrix;

	private final ScoreModel model;

	RobustnessAnalysis(DecisionMatrix matrix, ScoreModel model) {
		this.matrix = matrix;
		this.model = model;
	}

	/**
	 * For each criterion, the range of its weight (others rescaled proportionally so the
	 * sum stays 1) within which the top-N set stays the same. Weighted sum: exact, as the
	 * scores are linear in the weight and the boundaries are the first crossings between
	 * a member and a non-member. TOPSIS: a scan in steps of {@value #TOPSIS_GRID_STEP}
	 * from the current weight outwards, refined by bisection to
	 * {@value #TOPSIS_PRECISION}; a change that reverts within one step can be missed. A
	 * model with one criterion gives [1, 1]: its weight cannot move.
	 */
	public List<WeightInterval> weightIntervals(int topN) {
		requireTopN(topN);
		double[] weights = this.matrix.weights;
		List<WeightInterval> intervals = new ArrayList<>(this.matrix.columns);
		for (int k = 0; k < this.matrix.columns; k++) {
			double lower;
			double upper;
			if (this.matrix.columns == 1) {
				lower = 1;
				upper = 1;
			}
			else if (topN >= this.matrix.rows) {
				lower = 0;
				upper = 1;
			}
			else if (this.model instanceof WeightedSumModel weightedSum) {
				double[] bounds = linearBounds(weightedSum, k, topN);
				lower = bounds[0];
				upper = bounds[1];
			}
			else {
				lower = searchBound(k, topN, -1);
				upper = searchBound(k, topN, +1);
			}
			intervals.add(new WeightInterval(this.matrix.criterionIds[k], weights[k], lower, upper));
		}
		return intervals;
	}

	private double[] linearBounds(WeightedSumModel weightedSum, int k, int topN) {
		int rows = this.matrix.rows;
		int columns = this.matrix.columns;
		double[] weights = this.matrix.weights;
		double wk = weights[k];
		double[] scores = new double[rows];
		weightedSum.score(weights, scores);
		boolean[] members = new boolean[rows];
		RankOrder.selectTop(scores, topN, new int[topN], members);
		// S_i(t) = a_i + b_i t with the other weights scaled by (1 - t) / (1 - wk)
		double[] a = new double[rows];
		double[] b = new double[rows];
		for (int i = 0; i < rows; i++) {
			double own = weightedSum.normalised[i * columns + k];
			a[i] = (scores[i] - wk * own) / (1 - wk);
			b[i] = own - a[i];
		}
		double upper = 1;
		double lower = 0;
		for (int i = 0; i < rows; i++) {
			if (!members[i]) {
				continue;
			}
			for (int l = 0; l < rows; l++) {
				if (members[l] || b[l] == b[i]) {
					continue;
				}
				double crossing = (a[i] - a[l]) / (b[l] - b[i]);
				if (b[l] > b[i]) {
					upper = Math.min(upper, Math.max(crossing, wk));
				}
				else {
					lower = Math.max(lower, Math.min(crossing, wk));
				}
			}
		}
		return new double[] { lower, upper };
	}

	private double searchBound(int k, int topN, int direction) {
		double wk = this.matrix.weights[k];
		boolean[] base = topSetAt(k, wk, topN);
		double limit = (direction > 0) ? 1 : 0;
		double same = wk;
		while (same != limit) {
			double next = (direction > 0) ? Math.min(1, same + TOPSIS_GRID_STEP) : Math.max(0, same - TOPSIS_GRID_STEP);
			if (!java.util.Arrays.equals(base, topSetAt(k, next, topN))) {
				double changed = next;
				while (Math.abs(changed - same) > TOPSIS_PRECISION) {
					double middle = (same + changed) / 2;
					if (java.util.Arrays.equals(base, topSetAt(k, middle, topN))) {
						same = middle;
					}
					else {
						changed = middle;
					}
				}
				return (same + changed) / 2;
			}
			same = next;
		}
		return limit;
	}

	private boolean[] topSetAt(int k, double t, int topN) {
		double[] weights = weightsWith(k, t);
		double[] scores = new double[this.matrix.rows];
		this.model.score(weights, scores);
		boolean[] members = new boolean[this.matrix.rows];
		RankOrder.selectTop(scores, topN, new int[topN], members);
		return members;
	}

	private double[] weightsWith(int k, double t) {
		double[] weights = this.matrix.weights;
		double scale = (1 - t) / (1 - weights[k]);
		double[] moved = new double[weights.length];
		for (int j = 0; j < weights.length; j++) {
			moved[j] = (j == k) ? t : weights[j] * scale;
		}
		return moved;
	}

	/**
	 * For each alternative, the share of weight samples in which it is in the top N. The
	 * weights are drawn uniformly from the simplex within ± {@code percentagePoints} of
	 * the chosen weights (see {@link WeightSampler}); samples are split into fixed chunks
	 * with their own random streams derived from {@code seed}, so the result is the same
	 * for the same seed however the chunks are scheduled. Cities tied at the line of the
	 * top N share the places left (see {@link #countTop}).
	 * @return best first; equal probabilities by label, then id
	 */
	public List<TopNProbability> topNProbabilities(int topN, double percentagePoints, int samples, long seed) {
		requireTopN(topN);
		if (!(percentagePoints >= 0 && percentagePoints <= 100)) {
			throw new InvalidRankingInputException(InvalidRankingInputException.Reason.INVALID_PARAMETER,
					"The weight spread must be between 0 and 100 percentage points");
		}
		if (samples < 1) {
			throw new InvalidRankingInputException(InvalidRankingInputException.Reason.INVALID_PARAMETER,
					"At least one sample is needed");
		}
		int allRows = this.matrix.rows;
		int columns = this.matrix.columns;
		double spread = percentagePoints / 100;
		WeightSampler sampler = new WeightSampler(this.matrix.weights, spread);
		int[] contenders = contenders(topN, spread);
		ScoreModel model = (contenders.length == allRows) ? this.model : this.model.restrictedTo(contenders);
		int rows = contenders.length;
		int chunks = Math.min(CHUNKS, samples);
		SplittableRandom root = new SplittableRandom(seed);
		SplittableRandom[] randoms = new SplittableRandom[chunks];
		for (int c = 0; c < chunks; c++) {
			randoms[c] = root.split();
		}
		int size = Math.min(topN, rows);
		double[] contenderCounts = IntStream.range(0, chunks).parallel().mapToObj((c) -> {
			int chunkSamples = samples / chunks + ((c < samples % chunks) ? 1 : 0);
			double[] chunkCounts = new double[rows];
			double[] weights = new double[columns];
			double[] scores = new double[rows];
			int[] heap = new int[size];
			boolean[] members = new boolean[rows];
			for (int s = 0; s < chunkSamples; s++) {
				sampler.sample(randoms[c], weights);
				model.score(weights, scores);
				RankOrder.selectTop(scores, size, heap, members);
				countTop(scores, size, heap, chunkCounts);
			}
			return chunkCounts;
		}).reduce(new double[rows], (x, y) -> {
			double[] sum = new double[rows];
			for (int i = 0; i < rows; i++) {
				sum[i] = x[i] + y[i];
			}
			return sum;
		});
		double[] counts = new double[allRows];
		for (int k = 0; k < rows; k++) {
			counts[contenders[k]] = contenderCounts[k];
		}
		List<TopNProbability> probabilities = new ArrayList<>(allRows);
		for (int i = 0; i < allRows; i++) {
			probabilities.add(new TopNProbability(this.matrix.ids[i], this.matrix.labels[i], counts[i] / samples));
		}
		// rows are in tie order and the sort is stable
		probabilities.sort(Comparator.comparingDouble(TopNProbability::probability).reversed());
		return probabilities;
	}

	/**
	 * Counts one sample's top N. Rows scoring above the line (the N-th best score) count
	 * 1; when several rows tie at the line (within {@link RankOrder#TIE_TOLERANCE}) and
	 * only k of the m places are left for them, each of the m counts k / m. So ties
	 * across the line neither favour a name nor inflate the top: the counts of a sample
	 * add up to N, and a city tied with others at the line gets its fair share.
	 * @param heap the top rows as {@link RankOrder#selectTop} left them, the worst first
	 */
	static void countTop(double[] scores, int size, int[] heap, double[] counts) {
		if (size == 0) {
			return;
		}
		double line = Double.POSITIVE_INFINITY;
		for (int h = 0; h < size; h++) {
			line = Math.min(line, scores[heap[h]]);
		}
		int above = 0;
		for (int h = 0; h < size; h++) {
			if (scores[heap[h]] - line > RankOrder.TIE_TOLERANCE) {
				counts[heap[h]]++;
				above++;
			}
		}
		int tied = 0;
		for (double score : scores) {
			if (Math.abs(score - line) <= RankOrder.TIE_TOLERANCE) {
				tied++;
			}
		}
		double share = (double) (size - above) / tied;
		for (int i = 0; i < scores.length; i++) {
			if (Math.abs(scores[i] - line) <= RankOrder.TIE_TOLERANCE) {
				counts[i] += share;
			}
		}
	}

	/**
	 * The rows that can be in the top N somewhere in the sampled weight region, in
	 * increasing order: a row whose best possible score is below the N-th best of the
	 * worst possible scores never makes it, whatever the weights. With thousands of
	 * cities and a small N most rows go, and the Monte Carlo loop scores only the rest.
	 */
	int[] contenders(int topN, double spread) {
		int rows = this.matrix.rows;
		if (topN >= rows) {
			return IntStream.range(0, rows).toArray();
		}
		double[] minScores = new double[rows];
		double[] maxScores = new double[rows];
		this.model.scoreBounds(new WeightBox(this.matrix.weights, spread), minScores, maxScores);
		int[] top = new int[topN];
		RankOrder.selectTop(minScores, topN, top, new boolean[rows]);
		double threshold = Double.POSITIVE_INFINITY;
		for (int row : top) {
			threshold = Math.min(threshold, minScores[row]);
		}
		double cut = threshold - BOUND_TOLERANCE;
		return IntStream.range(0, rows).filter((i) -> maxScores[i] >= cut).toArray();
	}

	private void requireTopN(int topN) {
		if (topN < 1) {
			throw new InvalidRankingInputException(InvalidRankingInputException.Reason.INVALID_PARAMETER,
					"The top N must be at least 1");
		}
	}

}
