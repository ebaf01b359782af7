package org.integra.cities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.integra.IntegraTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search, counts, sorting, deep pages and the map's limit stay correct with 50,000
 * cities. How fast they are is measured by benchmarks, not here.
 */
@IntegraTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CityScaleTests {

	static final int CITIES = 50_000;

	@Autowired
	TestCities testCities;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Cities cities;

	@BeforeAll
	void insertManyCities() {
		List<TestCities.NewCity> many = new ArrayList<>();
		for (int i = 0; i < CITIES; i++) {
			many.add(this.testCities.city("Escala Ciudad " + i, "TT")
				.population((long) i * 37 % 3_000_000)
				.searchableAs("Alias Escala " + i)
				.seaport("UNKNOWN")
				.at(10.5, -61.3));
		}
		this.testCities.createAll(many);
	}

	@AfterAll
	void removeThem() {
		this.jdbc.update("delete from city where country_code = 'TT' and name like 'Escala Ciudad %'");
	}

	@Test
	void searchesSortsAndCountsManyCities() {
		search(Map.of("q", "escala"));
		var all = search(Map.of("q", "escala ciudad", "sort", "population", "direction", "desc", "page", "40"));
		var narrow = search(Map.of("q", "alias escala 4999"));
		var byCountry = search(Map.of("country", "TT", "sort", "name", "size", "100", "page", "300"));
		assertThat(all.getTotalElements()).isEqualTo(CITIES);
		assertThat(all.getContent()).hasSize(25);
		assertThat(narrow.getTotalElements()).isEqualTo(15);
		assertThat(byCountry.getContent()).hasSize(100);
	}

	@Test
	void limitsTheMapToTheLargestCities() {
		var map = this.cities.searchForMap(CityFilterParser.forPages().parse(Map.of("country", "TT")).filter());
		assertThat(map.getContent()).hasSize(Cities.MAP_LIMIT);
		assertThat(map.getTotalElements()).isEqualTo(CITIES);
	}

	private org.springframework.data.domain.Page<City> search(Map<String, String> params) {
		return this.cities.search(CityFilterParser.forPages().parse(params).filter());
	}

}
