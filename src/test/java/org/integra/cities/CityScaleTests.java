package org.integra.cities;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list stays fast with 50,000 cities (ten times more than a large real data set of
 * the region needs).
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CityScaleTests {

	static final int CITIES = 50_000;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CityManagement cities;

	@BeforeAll
	void insertManyCities() {
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < CITIES; i++) {
			String name = "Escala Ciudad " + i;
			rows.add(new Object[] { name, "TT", (long) i * 37 % 3_000_000, CityRules.nameSearch(name),
					CityRules.searchText(name, "Alias Escala " + i), now, now });
		}
		this.jdbc.batchUpdate("insert into city (name, country_code, population, capital_status, seaport, "
				+ "network_relation, name_search, search_text, version, created_at, updated_at, latitude, longitude) "
				+ "values (?, ?, ?, 'NONE', 'UNKNOWN', 'NONE', ?, ?, 0, ?, ?, 10.5, -61.3)", rows);
	}

	@AfterAll
	void removeThem() {
		this.jdbc.update("delete from city where country_code = 'TT' and name like 'Escala Ciudad %'");
	}

	@Test
	void searchesSortsAndCountsQuickly() {
		search(Map.of("q", "escala"));
		long start = System.nanoTime();
		var all = search(Map.of("q", "escala ciudad", "sort", "population", "direction", "desc", "page", "40"));
		System.out.println("SCALE all " + (System.nanoTime() - start) / 1_000_000);
		var narrow = search(Map.of("q", "alias escala 4999"));
		System.out.println("SCALE narrow " + (System.nanoTime() - start) / 1_000_000);
		var byCountry = search(Map.of("country", "TT", "sort", "name", "size", "100", "page", "300"));
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("SCALE country " + millis);
		assertThat(all.getTotalElements()).isEqualTo(CITIES);
		assertThat(all.getContent()).hasSize(25);
		assertThat(narrow.getTotalElements()).isEqualTo(15);
		assertThat(byCountry.getContent()).hasSize(100);
		assertThat(millis).as("three searches over %d cities took %d ms", CITIES, millis).isLessThan(5000);
	}

	@Test
	void limitsTheMapToTheLargestCities() {
		long start = System.nanoTime();
		var map = this.cities.searchForMap(CityFilterParser.forPages().parse(Map.of("country", "TT")).filter());
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("SCALE map " + millis);
		assertThat(millis).as("map search took %d ms", millis).isLessThan(5000);
		assertThat(map.getContent()).hasSize(CityManagement.MAP_LIMIT);
		assertThat(map.getTotalElements()).isEqualTo(CITIES);
	}

	private org.springframework.data.domain.Page<City> search(Map<String, String> params) {
		return this.cities.search(CityFilterParser.forPages().parse(params).filter());
	}

}
