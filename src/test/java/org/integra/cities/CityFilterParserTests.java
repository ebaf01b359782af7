package org.integra.cities;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

class CityFilterParserTests {

	@Test
	void readsValidParameters() {
		var result = CityFilterParser.forPages()
			.parse(Map.ofEntries(Map.entry("q", " bogota "), Map.entry("country", "co"),
					Map.entry("relation", "candidate"), Map.entry("capital", "yes"),
					Map.entry("seaport", "inland_port"), Map.entry("populationMin", "1000"),
					Map.entry("populationMax", "2000000"), Map.entry("sort", "population"),
					Map.entry("direction", "desc"), Map.entry("page", "3"), Map.entry("size", "50")));
		CityFilter filter = result.filter();
		assertThat(result.notes()).isEmpty();
		assertThat(filter.q()).isEqualTo("bogota");
		assertThat(filter.country()).isEqualTo("CO");
		assertThat(filter.relation()).isEqualTo(NetworkRelation.CANDIDATE);
		assertThat(filter.capitalOnly()).isTrue();
		assertThat(filter.seaport()).isEqualTo(Seaport.INLAND_PORT);
		assertThat(filter.populationMin()).isEqualTo(1000);
		assertThat(filter.populationMax()).isEqualTo(2_000_000);
		assertThat(filter.sort()).isEqualTo(CitySort.POPULATION);
		assertThat(filter.direction()).isEqualTo(Sort.Direction.DESC);
		assertThat(filter.page()).isEqualTo(3);
		assertThat(filter.size()).isEqualTo(50);
	}

	@Test
	void usesDefaultsWithoutParameters() {
		var result = CityFilterParser.forPages().parse(Map.of());
		assertThat(result.notes()).isEmpty();
		assertThat(result.filter()).isEqualTo(CityFilter.all());
	}

	@Test
	void ignoresOrCorrectsBadValuesWithANote() {
		var result = CityFilterParser.forPages()
			.parse(Map.of("populationMin", "abc", "page", "-5", "sort", "unknown", "direction", "up", "size", "1000",
					"relation", "FRIEND", "capital", "maybe", "seaport", "x", "country", "Colombia"));
		CityFilter filter = result.filter();
		assertThat(filter.populationMin()).isNull();
		assertThat(filter.page()).isEqualTo(1);
		assertThat(filter.sort()).isEqualTo(CitySort.NAME);
		assertThat(filter.direction()).isEqualTo(Sort.Direction.ASC);
		assertThat(filter.size()).isEqualTo(25);
		assertThat(filter.relation()).isNull();
		assertThat(filter.capitalOnly()).isFalse();
		assertThat(filter.seaport()).isNull();
		assertThat(filter.country()).isNull();
		assertThat(result.notes()).extracting(FilterNote::parameter)
			.containsExactlyInAnyOrder("populationMin", "page", "sort", "direction", "size", "relation", "capital",
					"seaport", "country");
		assertThat(result.notes()).filteredOn(FilterNote::corrected)
			.extracting(FilterNote::parameter)
			.containsExactlyInAnyOrder("page", "sort", "direction", "size");
	}

	@Test
	void countsApiPagesFromZero() {
		assertThat(CityFilterParser.forApi().parse(Map.of("page", "0")).filter().page()).isEqualTo(1);
		assertThat(CityFilterParser.forApi().parse(Map.of("page", "2")).filter().page()).isEqualTo(3);
		var negative = CityFilterParser.forApi().parse(Map.of("page", "-1"));
		assertThat(negative.filter().page()).isEqualTo(1);
		assertThat(negative.notes()).extracting(FilterNote::parameter).containsExactly("page");
	}

	@Test
	void acceptsOnlyWhitelistedSortColumns() {
		assertThat(CitySort.fromParam("population")).contains(CitySort.POPULATION);
		assertThat(CitySort.fromParam("NAME")).contains(CitySort.NAME);
		assertThat(CitySort.fromParam("searchText")).isEmpty();
		assertThat(CitySort.fromParam("id; drop table city")).isEmpty();
		assertThat(CitySort.POPULATION.toSort(Sort.Direction.DESC).stream().map(Sort.Order::getProperty))
			.containsExactly("population", "nameSearch", "id");
	}

	@Test
	void swapsAnInvertedPopulationRange() {
		var result = CityFilterParser.forPages().parse(Map.of("populationMin", "500", "populationMax", "100"));
		assertThat(result.filter().populationMin()).isEqualTo(100);
		assertThat(result.filter().populationMax()).isEqualTo(500);
		assertThat(result.notes()).extracting(FilterNote::parameter).containsExactly("populationMax");
	}

	@Test
	void refusesANegativePopulation() {
		var result = CityFilterParser.forPages().parse(Map.of("populationMin", "-1"));
		assertThat(result.filter().populationMin()).isNull();
		assertThat(result.hasNotes()).isTrue();
	}

	@Test
	void truncatesAVeryLongSearchText() {
		var result = CityFilterParser.forPages().parse(Map.of("q", "x".repeat(10_000)));
		assertThat(result.filter().q()).hasSize(CityFilterParser.MAX_QUERY_LENGTH);
		assertThat(result.notes()).extracting(FilterNote::parameter).containsExactly("q");
	}

	@Test
	void allowsAnyApiPageSizeUpTo200() {
		assertThat(CityFilterParser.forApi().parse(Map.of("size", "200")).filter().size()).isEqualTo(200);
		assertThat(CityFilterParser.forApi().parse(Map.of("size", "201")).hasNotes()).isTrue();
		assertThat(CityFilterParser.forPages().parse(Map.of("size", "200")).hasNotes()).isTrue();
	}

}
