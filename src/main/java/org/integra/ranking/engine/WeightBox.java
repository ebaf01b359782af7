package org.integra.ranking.engine;

/**
 * The weights a robustness analysis samples: each between its bounds, all adding up to 1.
 * Gives the exact extremes of a linear function of the weights over that region (a
 * fractional knapsack: start every weight at its lower bound and hand the rest of the
 * unit budget to the largest, or smallest, coefficients first).
 */
final class WeightBox {

	final double[] lower;

	final double[] upper;

	/** The weights the box is centred on. */
	final double[] center;

	private final double budget;

	WeightBox(double[] weights, double spread) {
		int m = weights.length;
		this.center = weights.clone();
		this.lower = new double[m];
		this.upper = new double[m];
		double sum = 0;
		for (int j = 0; j < m; j++) {
			this.lower[j] = Math.max(0, weights[j] - spread);
			this.upper[j] = Math.min(1, weights[j] + spread);
			sum += this.lower[j];
		}
		this.budget = Math.max(0, 1 - sum);
	}

	/**
	 * An upper bound of {@code Σ g[j] w[j]²} (g ≥ 0) in the region: each square lies
	 * under its chord between the bounds, {@code w² ≤ (lower + upper) w − lower·upper},
	 * which is exact wherever a weight is at one of its bounds.
	 */
	double maxOfSquares(double[] g, double[] scratch, int[] order) {
		double constant = 0;
		for (int j = 0; j < g.length; j++) {
			scratch[j] = g[j] * (this.lower[j] + this.upper[j]);
			constant += g[j] * this.lower[j] * this.upper[j];
		}
		return max(scratch, order) - constant;
	}

	/**
	 * A lower bound of {@code Σ g[j] w[j]²} (g ≥ 0) in the region: each square lies above
	 * its tangent at the centre, {@code w² ≥ 2 c w − c²}, exact at the centre.
	 */
	double minOfSquares(double[] g, double[] scratch, int[] order) {
		double constant = 0;
		for (int j = 0; j < g.length; j++) {
			scratch[j] = 2 * g[j] * this.center[j];
			constant += g[j] * this.center[j] * this.center[j];
		}
		return Math.max(0, min(scratch, order) - constant);
	}

	/** The largest value of {@code Σ w[j] × coefficients[j]} in the region. */
	double max(double[] coefficients, int[] order) {
		return extreme(coefficients, order, true);
	}

	/** The smallest value of {@code Σ w[j] × coefficients[j]} in the region. */
	double min(double[] coefficients, int[] order) {
		return extreme(coefficients, order, false);
	}

	private double extreme(double[] c, int[] order, boolean largestFirst) {
		int m = c.length;
		for (int j = 0; j < m; j++) {
			order[j] = j;
		}
		// insertion sort: a model has a handful of criteria
		for (int a = 1; a < m; a++) {
			int index = order[a];
			int b = a - 1;
			while (b >= 0 && (largestFirst ? c[order[b]] < c[index] : c[order[b]] > c[index])) {
				order[b + 1] = order[b];
				b--;
			}
			order[b + 1] = index;
		}
		double value = 0;
		for (int j = 0; j < m; j++) {
			value += this.lower[j] * c[j];
		}
		double remaining = this.budget;
		for (int k = 0; k < m && remaining > 0; k++) {
			int j = order[k];
			double add = Math.min(this.upper[j] - this.lower[j], remaining);
			value += add * c[j];
			remaining -= add;
		}
		return value;
	}

}
