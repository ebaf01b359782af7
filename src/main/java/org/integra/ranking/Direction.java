package org.integra.ranking;

/**
 * Whether a higher value makes a city a better or a worse candidate.
 */
public enum Direction {

	MORE_IS_BETTER, MORE_IS_WORSE

}
