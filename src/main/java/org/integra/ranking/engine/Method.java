package org.integra.ranking.engine;

/**
 * How a scoring model turns values into a score.
 */
public enum Method {

	/** Weighted sum of min–max normalised values; the score lies in [0, 1]. */
	WEIGHTED_SUM,

	/**
	 * TOPSIS with vector normalisation; the score is the closeness coefficient in [0, 1].
	 */
	TOPSIS

}
