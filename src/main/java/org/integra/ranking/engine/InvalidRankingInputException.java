package org.integra.ranking.engine;

/**
 * The criteria, weights or values cannot be ranked. The {@link #reason()} lets a caller
 * pick a message for the user.
 */
public class InvalidRankingInputException extends IllegalArgumentException {

	/**
	 * Why the input was refused.
	 */
	public enum Reason {

		NEGATIVE_WEIGHT, WEIGHT_NOT_FINITE, ALL_WEIGHTS_ZERO, NO_CRITERIA, VALUE_NOT_FINITE, WRONG_VALUE_COUNT,
		DUPLICATE_ALTERNATIVE, INVALID_PARAMETER

	}

	private final Reason reason;

	public InvalidRankingInputException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
