package org.integra.ranking.engine;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The rows of a ranking, made when read: re-ranking 50,000 cities under new weights would
 * otherwise allocate 50,000 rows (and their contribution views) for a page that shows 25
 * of them. Backed by arrays nobody modifies, so the list is immutable.
 */
final class RankedRows extends AbstractList<RankedAlternative> implements RandomAccess {

	private final DecisionMatrix matrix;

	private final ScoreModel model;

	private final int[] order;

	private final int[] ranks;

	private final double[] scores;

	private final double[] weights;

	RankedRows(DecisionMatrix matrix, ScoreModel model, int[] order, int[] ranks, double[] scores, double[] weights) {
		this.matrix = matrix;
		this.model = model;
		this.order = order;
		this.ranks = ranks;
		this.scores = scores;
		this.weights = weights;
	}

	@Override
	public RankedAlternative get(int position) {
		if (position < 0 || position >= this.order.length) {
			throw new IndexOutOfBoundsException(position);
		}
		int row = this.order[position];
		return new RankedAlternative(this.ranks[position], this.matrix.ids[row], this.matrix.labels[row],
				this.scores[row], new ContributionsView(this.model, row, this.weights));
	}

	@Override
	public int size() {
		return this.order.length;
	}

}
