package org.integra.ranking.engine;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A row's contributions, computed when read. Ranking 50,000 cities would otherwise
 * allocate 400,000 contribution records that a page showing the top 20 never reads. The
 * model's arrays and the weights are never modified, so the view is immutable.
 */
final class ContributionsView extends AbstractList<Contribution> implements RandomAccess {

	private final ScoreModel model;

	private final int row;

	private final double[] weights;

	ContributionsView(ScoreModel model, int row, double[] weights) {
		this.model = model;
		this.row = row;
		this.weights = weights;
	}

	@Override
	public Contribution get(int index) {
		if (index < 0 || index >= this.weights.length) {
			throw new IndexOutOfBoundsException(index);
		}
		return this.model.contribution(this.row, index, this.weights);
	}

	@Override
	public int size() {
		return this.weights.length;
	}

}
