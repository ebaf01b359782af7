package org.integra.ranking;

/**
 * Where a criterion's value comes from: typed by people (NONE) or computed from data.
 */
public enum Derivation {

	NONE, POPULATION_TIER, SEAPORT, THEMATIC_OVERLAP, FEE_TO_BUDGET

}
