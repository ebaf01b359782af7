package org.integra.ranking.engine;

import java.util.Objects;

/**
 * A criterion of a scoring model. Yes/no criteria are given as 0/1 and ordinal scales as
 * their rank numbers. Weights are relative: the engine normalises them to sum 1, and a
 * criterion of weight zero is ignored (its values are not even required).
 *
 * @param id identifies the criterion in results
 * @param direction whether more is better or worse
 * @param weight relative weight, finite and not negative
 */
public record WeightedCriterion(String id, Direction direction, double weight) {

	public WeightedCriterion {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(direction, "direction");
		if (!Double.isFinite(weight)) {
			throw new InvalidRankingInputException(InvalidRankingInputException.Reason.WEIGHT_NOT_FINITE,
					"Weight of criterion " + id + " is not a finite number");
		}
		if (weight < 0) {
			throw new InvalidRankingInputException(InvalidRankingInputException.Reason.NEGATIVE_WEIGHT,
					"Weight of criterion " + id + " is negative: " + weight);
		}
	}

}
