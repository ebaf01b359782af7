package org.integra.ranking.engine;

/**
 * Whether a higher value of a criterion makes a city better or worse.
 */
public enum Direction {

	MORE_IS_BETTER, MORE_IS_WORSE

}
