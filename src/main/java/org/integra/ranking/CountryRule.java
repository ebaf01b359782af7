package org.integra.ranking;

/**
 * Which countries' cities a scoring model ranks.
 */
public enum CountryRule {

	/**
	 * As the statute allows: cities of Mercosur state parties and associated states, and
	 * of the other Latin American and Caribbean countries (every country Integra holds).
	 */
	STATUTE,

	/** Only cities of Mercosur state parties and associated states. */
	MERCOSUR_STATES

}
