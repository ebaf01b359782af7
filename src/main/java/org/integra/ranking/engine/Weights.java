package org.integra.ranking.engine;

/**
 * Validates relative weights and normalises them to sum 1.
 */
final class Weights {

	private Weights() {
	}

	static double[] normalise(double[] weights) {
		double sum = 0;
		for (double weight : weights) {
			if (!Double.isFinite(weight)) {
				throw new InvalidRankingInputException(InvalidRankingInputException.Reason.WEIGHT_NOT_FINITE,
						"Weights must be finite numbers");
			}
			if (weight < 0) {
				throw new InvalidRankingInputException(InvalidRankingInputException.Reason.NEGATIVE_WEIGHT,
						"Weights must not be negative");
			}
			sum += weight;
		}
		if (sum == 0) {
			throw new InvalidRankingInputException(InvalidRankingInputException.Reason.ALL_WEIGHTS_ZERO,
					"At least one criterion needs a weight above zero");
		}
		double[] normalised = new double[weights.length];
		for (int j = 0; j < weights.length; j++) {
			normalised[j] = weights[j] / sum;
		}
		return normalised;
	}

}
