package org.integra.ranking.engine;

import java.util.SplittableRandom;

/**
 * Draws weights uniformly from the part of the simplex (weights ≥ 0, sum 1) that lies
 * within ± {@code spread} of the chosen weights on every criterion.
 * <p>
 * Method: one criterion (the one with the widest allowed range, for the best acceptance
 * rate) is dependent. The others are drawn uniformly in their ranges
 * {@code [max(0, w − spread), min(1, w + spread)]}; the dependent weight is
 * {@code 1 − their sum}, and the draw is rejected unless it lies in its own range. The
 * map from the free coordinates to the simplex is affine, so accepted draws are uniform
 * on the region. With 8 criteria and ±10 points about half the draws are accepted, far
 * better than rejecting uniform simplex draws outside the box.
 */
final class WeightSampler {

	private static final int MAX_ATTEMPTS_PER_SAMPLE = 100_000;

	private static final double ROUNDING = 1e-12;

	private final double[] lower;

	private final double[] width;

	private final int dependent;

	WeightSampler(double[] weights, double spread) {
		int m = weights.length;
		this.lower = new double[m];
		this.width = new double[m];
		int widest = 0;
		for (int j = 0; j < m; j++) {
			this.lower[j] = Math.max(0, weights[j] - spread);
			this.width[j] = Math.min(1, weights[j] + spread) - this.lower[j];
			if (this.width[j] > this.width[widest]) {
				widest = j;
			}
		}
		this.dependent = widest;
	}

	void sample(SplittableRandom random, double[] into) {
		int m = into.length;
		for (int attempt = 0; attempt < MAX_ATTEMPTS_PER_SAMPLE; attempt++) {
			double sum = 0;
			for (int j = 0; j < m; j++) {
				if (j != this.dependent) {
					into[j] = this.lower[j] + this.width[j] * random.nextDouble();
					sum += into[j];
				}
			}
			double last = 1 - sum;
			double low = this.lower[this.dependent];
			double high = low + this.width[this.dependent];
			// the tolerance absorbs rounding of 1 - sum, e.g. with a spread of zero
			if (last >= low - ROUNDING && last <= high + ROUNDING) {
				into[this.dependent] = Math.min(high, Math.max(low, last));
				return;
			}
		}
		throw new IllegalStateException("Weight sampling did not converge");
	}

}
