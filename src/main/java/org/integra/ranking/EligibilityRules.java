package org.integra.ranking;

import org.integra.cities.MercosurRelation;
import org.integra.cities.NetworkRelation;

/**
 * Which cities a scoring model version ranks.
 *
 * @param excludeMembers leave out cities that are already members of the network
 * @param countryRule which countries' cities are ranked
 */
public record EligibilityRules(boolean excludeMembers, CountryRule countryRule) {

	/** The statute's rules: no members, every Latin American and Caribbean country. */
	public static final EligibilityRules STATUTE = new EligibilityRules(true, CountryRule.STATUTE);

	public EligibilityRules {
		if (countryRule == null) {
			countryRule = CountryRule.STATUTE;
		}
	}

	/**
	 * Whether a city with this relation to the network, in a country with this relation
	 * to Mercosur, is ranked. The country table holds only Latin American and Caribbean
	 * countries, so under {@link CountryRule#STATUTE} every country is eligible.
	 */
	public boolean admits(NetworkRelation cityRelation, MercosurRelation countryRelation) {
		if (this.excludeMembers && cityRelation == NetworkRelation.MEMBER) {
			return false;
		}
		return switch (this.countryRule) {
			case STATUTE -> true;
			case MERCOSUR_STATES ->
				countryRelation == MercosurRelation.STATE_PARTY || countryRelation == MercosurRelation.ASSOCIATED_STATE;
		};
	}

}
