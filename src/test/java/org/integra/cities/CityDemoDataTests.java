package org.integra.cities;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CityDemoDataTests {

	@Test
	void takesThePopulationYearFromTheYearText() {
		assertThat(CityDemoData.populationYear("2017 (census city figure as carried by SimpleMaps)")).isEqualTo(2017);
		assertThat(CityDemoData.populationYear("2022 (census; IBGE)")).isEqualTo(2022);
		assertThat(CityDemoData.populationYear("year not stated (SimpleMaps; 2023 census district figure not found)"))
			.isNull();
	}

	@Test
	void mapsCapitalValues() {
		assertThat(CityDemoData.capital("yes")).isEqualTo(CapitalStatus.NATIONAL);
		assertThat(CityDemoData.capital("seat_of_government")).isEqualTo(CapitalStatus.SEAT_OF_GOVERNMENT);
		assertThat(CityDemoData.capital("no")).isEqualTo(CapitalStatus.NONE);
	}

}
