package org.integra.directory;

import java.util.List;
import java.util.Map;

import org.integra.IntegraTest;
import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo directory holds each plan city's government of 2017, bound to its city, and
 * its head with the title, term and sources of {@code plan-city-governments-2017.csv}.
 */
@IntegraTest
class CityGovernmentDemoDataTests {

	@Autowired
	Directory directory;

	@Autowired
	CityCatalog cities;

	@Test
	void laPazHasItsGovernmentAndMayorWithSources() {
		Organization government = government("Gobierno Autónomo Municipal de La Paz");
		assertThat(government.getCityId()).isEqualTo(cityId("La Paz", "BO"));
		assertThat(government.getCountryCode()).isEqualTo("BO");
		assertThat(government.getNotes()).contains("panbolivia.net");
		Person mayor = onlyPersonOf(government);
		assertThat(mayor.getName()).isEqualTo("Luis Revilla");
		assertThat(mayor.getPosition()).isEqualTo("Alcalde Municipal");
		assertThat(mayor.getPreferredLanguage()).isEqualTo("es");
		assertThat(mayor.getNotes()).contains("Prefeito Municipal", "2015–2021", "https://panbolivia.net/?p=7551",
				"Herrero");
		assertThat(mayor.getEmail()).isNull();
		assertThat(mayor.getPhone()).isNull();
	}

	@Test
	void cartagenaSaysItsNameIsUnverifiedAndWhenTheActingMayorServed() {
		Organization government = government("Alcaldía Mayor de Cartagena de Indias");
		assertThat(government.getCityId()).isEqualTo(cityId("Cartagena de Indias", "CO"));
		assertThat(government.getNotes()).contains("unverified (sources say Alcaldía de Cartagena)");
		Person mayor = onlyPersonOf(government);
		assertThat(mayor.getName()).isEqualTo("Manuel Vicente Duque Vásquez");
		assertThat(mayor.getPosition()).isEqualTo("Alcalde Mayor");
		assertThat(mayor.getNotes()).contains("left office 23 May 2017", "Sergio Londoño Zurek",
				"https://seguimiento.co/node/6793", "http://www.eluniversal.com.co/");
	}

	@Test
	void portoAlegresMayorIsAPrefeitoWritingInPortuguese() {
		Person mayor = onlyPersonOf(government("Prefeitura Municipal de Porto Alegre"));
		assertThat(mayor.getName()).isEqualTo("Nelson Marchezan Júnior");
		assertThat(mayor.getPosition()).isEqualTo("Prefeito");
		assertThat(mayor.getPreferredLanguage()).isEqualTo("pt");
	}

	@Test
	void everyPlanCityHasItsGovernmentOnce() {
		List<Map<String, String>> rows = CityGovernmentDemoData.rows();
		assertThat(rows).hasSize(24);
		for (Map<String, String> row : rows) {
			Organization government = government(row.get("government"));
			assertThat(government.getCityId()).as(row.get("city"))
				.isEqualTo(cityId(row.get("city"), row.get("country_iso2")));
			assertThat(this.directory.peopleOf(government.getId())).extracting(Person::getName)
				.as(row.get("city"))
				.containsExactly(row.get("head_of_government"));
		}
	}

	@Test
	void aQualifiedWebsiteStaysInTheNotes() {
		assertThat(CityGovernmentDemoData.website("cusco.gob.pe")).isEqualTo("https://cusco.gob.pe");
		assertThat(CityGovernmentDemoData.website("munlima.gob.pe (weak evidence)")).isNull();
		assertThat(government("Municipalidad Metropolitana de Lima").getNotes())
			.contains("munlima.gob.pe (weak evidence)");
	}

	private Organization government(String name) {
		List<Organization> found = this.directory.searchOrganizations(name, OrganizationKind.CITY_GOVERNMENT, null, 0)
			.getContent()
			.stream()
			.filter((organization) -> organization.getName().equals(name))
			.toList();
		assertThat(found).as(name).hasSize(1);
		return found.get(0);
	}

	private Person onlyPersonOf(Organization organization) {
		List<Person> people = this.directory.peopleOf(organization.getId());
		assertThat(people).hasSize(1);
		return people.get(0);
	}

	private long cityId(String name, String country) {
		return java.util.stream.Stream
			.concat(this.cities.candidateCities().stream(), this.cities.memberCities().stream())
			.filter((city) -> city.name().equals(name) && city.countryCode().equals(country))
			.map(CitySummary::id)
			.findFirst()
			.orElseThrow();
	}

}
