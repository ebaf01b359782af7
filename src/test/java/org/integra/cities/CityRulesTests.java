package org.integra.cities;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CityRulesTests {

	@Test
	void foldsNameAndAlternativeNamesForSearch() {
		assertThat(CityRules.searchText("Bogotá", "Santa Fe de Bogotá")).isEqualTo("bogota santa fe de bogota");
		assertThat(CityRules.searchText("São Paulo", null)).isEqualTo("sao paulo");
		assertThat(CityRules.searchText("Cusco", "Cuzco\nQosqo")).contains("cuzco").contains("qosqo");
	}

	@Test
	void foldsTheNameForSorting() {
		assertThat(CityRules.nameSearch("Ángel Etcheverry")).isEqualTo("angel etcheverry");
	}

	@Test
	void keepsTheSearchColumnsWithinTheirSize() {
		String longName = "ﷺ".repeat(200);
		assertThat(CityRules.nameSearch(longName)).hasSizeLessThanOrEqualTo(CityRules.NAME_SEARCH_LENGTH);
		assertThat(CityRules.searchText(longName, "ﷺ".repeat(4000)))
			.hasSizeLessThanOrEqualTo(CityRules.SEARCH_TEXT_LENGTH);
	}

	@Test
	void updatesTheSearchColumnsOnEveryRename() {
		City city = new City("Quito", null, Instant.EPOCH);
		assertThat(city.getSearchText()).isEqualTo("quito");
		city.rename("Quito", "San Francisco de Quito");
		assertThat(city.getSearchText()).isEqualTo("quito san francisco de quito");
	}

	@Test
	void acceptsCoordinatesOnlyAsAPair() {
		assertThat(CityRules.isCoordinatePair(null, null)).isTrue();
		assertThat(CityRules.isCoordinatePair(BigDecimal.ONE, BigDecimal.TEN)).isTrue();
		assertThat(CityRules.isCoordinatePair(BigDecimal.ONE, null)).isFalse();
		assertThat(CityRules.isCoordinatePair(null, BigDecimal.ONE)).isFalse();
	}

	@Test
	void allowsAYearOfJoiningOnlyForMembers() {
		assertThat(CityRules.isMemberSinceAllowed(NetworkRelation.MEMBER, 1995)).isTrue();
		assertThat(CityRules.isMemberSinceAllowed(NetworkRelation.CANDIDATE, null)).isTrue();
		assertThat(CityRules.isMemberSinceAllowed(NetworkRelation.CANDIDATE, 1995)).isFalse();
		assertThat(CityRules.isMemberSinceAllowed(NetworkRelation.NONE, 2001)).isFalse();
	}

	@Test
	void splitsAlternativeNamesByLineCommaOrSemicolon() {
		assertThat(CityRules.splitAlternativeNames("Panama City, Cidade do Panamá\nPanamá; "))
			.containsExactly("Panama City", "Cidade do Panamá", "Panamá");
		assertThat(CityRules.splitAlternativeNames(null)).isEmpty();
	}

	@Test
	void roundsCoordinatesToSixDecimals() {
		assertThat(CityRules.coordinate(new BigDecimal("4.61261234"))).isEqualByComparingTo("4.612612");
		assertThat(CityRules.coordinate(null)).isNull();
	}

}
