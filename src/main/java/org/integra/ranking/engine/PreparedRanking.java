package org.integra.ranking.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Alternatives and criteria of one scoring model, normalised once, ready to be ranked
 * under the model's weights or under other weights for the same criteria. Immutable and
 * safe to share between threads.
 */
public final class PreparedRanking {

	private final Method method;

	private final DecisionMatrix matrix;

	private final ScoreModel model;

	PreparedRanking(Method method, DecisionMatrix matrix, ScoreModel model) {
		this.method = method;
		this.matrix = matrix;
		this.model = model;
	}

	public Method method() {
		return this.method;
	}

	/** The criteria taking part (weight above zero), in input order. */
	public List<WeightedCriterion> criteria() {
		return this.matrix.criteria;
	}

	/** The normalised weights of {@link #criteria()}. */
	public double[] weights() {
		return this.matrix.weights.clone();
	}

	/** Number of alternatives that are ranked (complete ones). */
	public int size() {
		return this.matrix.rows;
	}

	public List<IncompleteAlternative> incomplete() {
		return this.matrix.incomplete;
	}

	public RankingResult rank() {
		return rankNormalised(this.matrix.weights);
	}

	/**
	 * Ranks under other relative weights, one per criterion of {@link #criteria()}.
	 */
	public RankingResult rank(double[] weights) {
		if (weights.length != this.matrix.columns) {
			throw new InvalidRankingInputException(InvalidRankingInputException.Reason.WRONG_VALUE_COUNT,
					"Expected " + this.matrix.columns + " weights, got " + weights.length);
		}
		return rankNormalised(Weights.normalise(weights));
	}

	public RobustnessAnalysis robustness() {
		return new RobustnessAnalysis(this.matrix, this.model);
	}

	private RankingResult rankNormalised(double[] weights) {
		double[] scores = new double[this.matrix.rows];
		this.model.score(weights, scores);
		int[] order = RankOrder.sortDescending(scores);
		int[] ranks = RankOrder.competitionRanks(scores, order);
		List<RankedAlternative> rows = new RankedRows(this.matrix, this.model, order, ranks, scores, weights);
		List<Double> weightList = new ArrayList<>(weights.length);
		for (double weight : weights) {
			weightList.add(weight);
		}
		return new RankingResult(this.method, List.of(this.matrix.criterionIds), weightList, rows,
				this.matrix.incomplete);
	}

}
