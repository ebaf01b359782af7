package org.integra.cities;

import java.util.Map;

import org.integra.IntegraTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search, filters, sorting and paging against the demo data of the work plan.
 */
@IntegraTest
class CitySearchTests {

	@Autowired
	Cities cities;

	@Autowired
	CityCatalog catalog;

	private Page<City> search(Map<String, String> params) {
		return this.cities.search(CityFilterParser.forPages().parse(params).filter());
	}

	@Test
	void findsCitiesIgnoringAccentsAndCase() {
		assertThat(search(Map.of("q", "bogota")).getContent()).extracting(City::getName).containsExactly("Bogotá");
		assertThat(search(Map.of("q", "MEDELLIN")).getContent()).extracting(City::getName).containsExactly("Medellín");
	}

	@Test
	void findsCitiesByAlternativeNames() {
		assertThat(search(Map.of("q", "cuzco")).getContent()).extracting(City::getName).containsExactly("Cusco");
		assertThat(search(Map.of("q", "panama city")).getContent()).extracting(City::getName)
			.containsExactly("Ciudad de Panamá");
		assertThat(search(Map.of("q", "santiago guayaquil")).getContent()).extracting(City::getName)
			.containsExactly("Guayaquil");
	}

	@Test
	void countsTheCandidatesAndMembersOfThePlan() {
		assertThat(search(Map.of("relation", "CANDIDATE")).getTotalElements()).isEqualTo(16);
		assertThat(search(Map.of("relation", "MEMBER")).getTotalElements()).isEqualTo(8);
	}

	@Test
	void loadsTheDemoFiguresAsGiven() {
		City lima = search(Map.of("q", "lima", "country", "PE")).getContent().get(0);
		assertThat(lima.getPopulation()).isEqualTo(8_574_974L);
		assertThat(lima.getPopulationYear()).isEqualTo(2017);
		assertThat(lima.getPopulationSource()).startsWith("2017 (census; Lima province").contains("gestion.pe");
		assertThat(lima.getSeaport()).isEqualTo(Seaport.NEARBY);
		assertThat(lima.getCapitalStatus()).isEqualTo(CapitalStatus.NATIONAL);
		assertThat(lima.getGeonamesId()).isNull();
		City panama = search(Map.of("q", "ciudad de panama")).getContent().get(0);
		assertThat(panama.getPopulationYear()).isNull();
		assertThat(panama.getAdmin1()).isEqualTo("Panamá");
		City laPaz = search(Map.of("q", "la paz", "country", "BO")).getContent().get(0);
		assertThat(laPaz.getCapitalStatus()).isEqualTo(CapitalStatus.SEAT_OF_GOVERNMENT);
		assertThat(laPaz.getMemberSince()).isEqualTo(1999);
		City puno = search(Map.of("q", "puno")).getContent().get(0);
		assertThat(puno.getSeaport()).isEqualTo(Seaport.LAKE);
	}

	@Test
	void filtersByCountryCapitalSeaportAndPopulation() {
		assertThat(search(Map.of("country", "EC")).getTotalElements()).isEqualTo(4);
		assertThat(search(Map.of("capital", "yes", "relation", "CANDIDATE")).getContent()).extracting(City::getName)
			.containsExactlyInAnyOrder("Bogotá", "Ciudad de Panamá", "Quito");
		assertThat(search(Map.of("seaport", "INLAND_PORT")).getContent()).extracting(City::getName)
			.containsExactlyInAnyOrder("Porto Alegre", "Santa Fe");
		assertThat(search(Map.of("populationMin", "2500000", "populationMax", "8000000", "relation", "CANDIDATE"))
			.getContent()).extracting(City::getName).containsExactlyInAnyOrder("Bogotá", "Guayaquil", "Quito");
	}

	@Test
	void sortsByEachColumn() {
		assertThat(search(Map.of("relation", "CANDIDATE", "sort", "population", "direction", "desc")).getContent()
			.get(0)
			.getName()).isEqualTo("Bogotá");
		assertThat(search(Map.of("relation", "MEMBER", "sort", "name")).getContent()).extracting(City::getName)
			.startsWith("Cuenca", "La Paz", "Lima", "Medellín");
		assertThat(search(Map.of("relation", "MEMBER", "sort", "country")).getContent().get(0).getCountry().getCode())
			.isEqualTo("AR");
		assertThat(search(Map.of("relation", "CANDIDATE", "sort", "region")).getContent().get(0).getAdmin1())
			.isEqualTo("Arequipa");
		assertThat(search(Map.of("country", "PE", "sort", "relation")).getContent().get(0).getNetworkRelation())
			.isEqualTo(NetworkRelation.CANDIDATE);
		assertThat(search(Map.of("country", "PE", "sort", "relation", "direction", "desc")).getContent()
			.get(0)
			.getNetworkRelation()).isEqualTo(NetworkRelation.MEMBER);
	}

	@Test
	void pagesThroughTheResults() {
		Page<City> first = search(Map.of("relation", "CANDIDATE", "size", "25"));
		assertThat(first.getTotalPages()).isEqualTo(1);
		Page<City> beyond = search(Map.of("relation", "CANDIDATE", "page", "2"));
		assertThat(beyond.getContent()).isEmpty();
		assertThat(beyond.getTotalElements()).isEqualTo(16);
	}

	@Test
	void offersMemberCitiesToOtherModules() {
		assertThat(this.catalog.memberCities()).extracting(CitySummary::name)
			.containsExactly("Cuenca", "La Paz", "Lima", "Medellín", "Montevideo", "Porto Alegre", "Puno", "Santa Fe");
		long id = this.catalog.memberCities().get(0).id();
		assertThat(this.catalog.find(id)).get().extracting(CitySummary::countryCode).isEqualTo("EC");
		assertThat(this.catalog.find(987654321L)).isEmpty();
	}

}
