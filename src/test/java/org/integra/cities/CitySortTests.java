package org.integra.cities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.integra.IntegraTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order of the city list by each column and direction: empty values last in both
 * directions, ties by folded name and then by id, and pages that put together give the
 * whole list. On H2 and on PostgreSQL alike (the sort indexes must not change the order).
 */
@IntegraTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitySortTests {

	private static final String WORD = "ordenzqx";

	@Autowired
	TestCities testCities;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Cities cities;

	private final Map<String, Long> ids = new HashMap<>();

	@BeforeAll
	void insertCities() {
		// key, name, country, admin1, population, relation
		insert("alfa1", "Ordenzqx Alfa", "PE", null, 100L, "NONE");
		insert("beta", "Ordenzqx Beta", "AR", "Zeta", 100L, "MEMBER");
		insert("gama", "Ordenzqx Gama", "PE", "alfa", null, "CANDIDATE");
		insert("alfa2", "ORDENZQX ÁLFA", "AR", null, 100L, "NONE");
		insert("delta", "Ordenzqx Delta", "PE", "Zeta", 50L, "CANDIDATE");
		insert("epsilon", "Ordenzqx Épsilon", "AR", "Ñuble", null, "NONE");
	}

	@AfterAll
	void removeThem() {
		this.jdbc.update("delete from city where search_text like ?", "%" + WORD + "%");
	}

	private void insert(String key, String name, String country, String admin1, Long population, String relation) {
		this.ids.put(key,
				this.testCities.city(name, country)
					.admin1(admin1)
					.population(population)
					.relation(relation)
					.seaport("UNKNOWN")
					.create());
	}

	private List<String> order(String sort, String direction) {
		Page<City> page = this.cities.search(CityFilterParser.forApi()
			.parse(Map.of("q", WORD, "sort", sort, "direction", direction, "size", "100"))
			.filter());
		return page.getContent().stream().map(this::key).toList();
	}

	private List<String> pagedOrder(String sort, String direction) {
		List<String> keys = new ArrayList<>();
		// the API counts pages from 0
		for (int page = 0; page < 3; page++) {
			this.cities
				.search(CityFilterParser.forApi()
					.parse(Map.of("q", WORD, "sort", sort, "direction", direction, "size", "2", "page",
							String.valueOf(page)))
					.filter())
				.getContent()
				.forEach((city) -> keys.add(key(city)));
		}
		return keys;
	}

	private String key(City city) {
		return this.ids.entrySet()
			.stream()
			.filter((e) -> e.getValue().equals(city.getId()))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void sortsByNameIgnoringAccentsAndCaseThenById() {
		assertThat(order("name", "asc")).containsExactly("alfa1", "alfa2", "beta", "delta", "epsilon", "gama");
		assertThat(order("name", "desc")).containsExactly("gama", "epsilon", "delta", "beta", "alfa1", "alfa2");
	}

	@Test
	void sortsByPopulationWithEmptyValuesLastAndTiesByName() {
		assertThat(order("population", "asc")).containsExactly("delta", "alfa1", "alfa2", "beta", "epsilon", "gama");
		assertThat(order("population", "desc")).containsExactly("alfa1", "alfa2", "beta", "delta", "epsilon", "gama");
	}

	@Test
	void sortsByRegionWithEmptyValuesLastInBothDirections() {
		// Regions compare as stored: upper case before lower case, Ñ after Z.
		List<String> asc = order("region", "asc");
		List<String> desc = order("region", "desc");
		assertThat(asc.subList(4, 6)).containsExactly("alfa1", "alfa2");
		assertThat(desc.subList(4, 6)).containsExactly("alfa1", "alfa2");
		assertThat(asc.subList(0, 4)).containsSubsequence("beta", "delta");
		assertThat(desc.subList(0, 4)).containsSubsequence("beta", "delta");
		assertThat(desc.subList(0, 4)).containsExactlyElementsOf(reverseRegions(asc.subList(0, 4)));
	}

	private static List<String> reverseRegions(List<String> asc) {
		// Reverse the groups of equal regions, keeping the name order inside each.
		List<List<String>> groups = new ArrayList<>();
		Map<String, String> region = Map.of("beta", "Zeta", "delta", "Zeta", "gama", "alfa", "epsilon", "Ñuble");
		String current = null;
		for (String key : asc) {
			if (!region.get(key).equals(current)) {
				groups.add(0, new ArrayList<>());
				current = region.get(key);
			}
			groups.get(0).add(key);
		}
		return groups.stream().flatMap(List::stream).toList();
	}

	@Test
	void sortsByCountryAndRelationThenByName() {
		assertThat(order("country", "asc")).containsExactly("alfa2", "beta", "epsilon", "alfa1", "delta", "gama");
		assertThat(order("country", "desc")).containsExactly("alfa1", "delta", "gama", "alfa2", "beta", "epsilon");
		assertThat(order("relation", "asc")).containsExactly("delta", "gama", "beta", "alfa1", "alfa2", "epsilon");
		assertThat(order("relation", "desc")).containsExactly("alfa1", "alfa2", "epsilon", "beta", "delta", "gama");
	}

	@Test
	void pagesPutTogetherGiveTheWholeOrder() {
		for (String sort : List.of("name", "country", "region", "population", "relation")) {
			for (String direction : List.of("asc", "desc")) {
				assertThat(pagedOrder(sort, direction)).as(sort + " " + direction)
					.containsExactlyElementsOf(order(sort, direction));
			}
		}
	}

}
