package org.integra.ranking;

import org.integra.cities.MercosurRelation;
import org.integra.cities.NetworkRelation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EligibilityRulesTests {

	@Test
	void theStatuteAdmitsEveryCountryButNoMember() {
		EligibilityRules rules = EligibilityRules.STATUTE;
		assertThat(rules.admits(NetworkRelation.CANDIDATE, MercosurRelation.OTHER)).isTrue();
		assertThat(rules.admits(NetworkRelation.NONE, MercosurRelation.STATE_PARTY)).isTrue();
		assertThat(rules.admits(NetworkRelation.MEMBER, MercosurRelation.STATE_PARTY)).isFalse();
	}

	@Test
	void mercosurStatesOnlyLeavesOtherCountriesOut() {
		EligibilityRules rules = new EligibilityRules(true, CountryRule.MERCOSUR_STATES);
		assertThat(rules.admits(NetworkRelation.NONE, MercosurRelation.ASSOCIATED_STATE)).isTrue();
		assertThat(rules.admits(NetworkRelation.NONE, MercosurRelation.OTHER)).isFalse();
	}

	@Test
	void membersCanBeKeptForComparison() {
		assertThat(new EligibilityRules(false, CountryRule.STATUTE).admits(NetworkRelation.MEMBER,
				MercosurRelation.STATE_PARTY))
			.isTrue();
	}

}
