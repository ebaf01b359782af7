package org.integra.events.web;

import java.util.List;

import org.integra.IntegraTest;
import org.integra.cities.TestCities;
import org.integra.events.RegistrationFixtures;
import org.integra.events.RegistrationRecords;
import org.integra.events.RegistrationSubmission;
import org.integra.events.Registrations;
import org.integra.events.Events;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An event's public registrations downloaded as XLSX and CSV, with the list's search, the
 * country by name and the linked city, for those who may read them only.
 */
@IntegraTest
class RegistrationExportWebTests {

	static final RequestPostProcessor SECRETARIAT = user("secretaria").roles("SECRETARIAT");

	static final RequestPostProcessor MENTOR = user("mentor").roles("MENTOR");

	static final RequestPostProcessor VIEWER = user("consejo").roles("VIEWER");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Events events;

	@Autowired
	TestCities cities;

	@Autowired
	RegistrationRecords records;

	@Autowired
	Registrations registrations;

	RegistrationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new RegistrationFixtures(this.events, this.cities, this.jdbc, this.records);
	}

	@Test
	void theRegistrationsDownloadWithTheSearchInTheUsersLanguageAndHostileNamesNeutralised() throws Exception {
		long event = this.fixtures.openEvent();
		long joana = register(event, "Joana Araújo", "BR", "pt");
		register(event, "-2+3 Hostil", "PE", "es");
		long city = this.fixtures.events().candidate("IDENTIFIED", "BR");
		this.records.linkCity(event, joana, city, RegistrationFixtures.COORDINATOR);
		this.jdbc.sql("update event_registration set confirmed_at = current_timestamp where id = ?")
			.param(joana)
			.update();
		String cityName = this.jdbc.sql("select name from city where id = ?").param(city).query(String.class).single();

		MockHttpServletResponse csv = this.mvc
			.perform(get("/events/" + event + "/registrations/export").param("format", "csv")
				.param("q", "araujo")
				.with(SECRETARIAT))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(csv.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(csv.getHeader("Content-Disposition")).startsWith("attachment; filename=\"taller-de-resiliencia-")
			.endsWith("-inscripciones.csv\"");
		List<List<String>> rows = ExportFiles.csv(csv.getContentAsByteArray());
		assertThat(rows.get(0)).containsExactly("Nombre", "Organización", "Ciudad", "País", "Cargo",
				"Correo electrónico", "Idioma", "Correo confirmado", "Ciudad en Integra", "Persona en el directorio");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1)).containsExactly("Joana Araújo", "Intendencia", "Florianópolis", "Brasil", "Directora",
				rows.get(1).get(5), "Português", "Sí", cityName, "");

		MockHttpServletResponse xlsx = this.mvc
			.perform(get("/events/" + event + "/registrations/export").param("format", "xlsx")
				.header("Accept-Language", "pt")
				.with(SECRETARIAT))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(xlsx.getHeader("Content-Disposition")).endsWith("-inscricoes.xlsx\"");
		List<List<String>> all = ExportFiles.xlsx(xlsx.getContentAsByteArray());
		assertThat(all.get(0)).startsWith("Nome", "Organização", "Cidade", "País", "Cargo");
		assertThat(all).extracting((r) -> r.get(0) + " | " + r.get(7))
			.containsExactly("Nome | E-mail confirmado", "'-2+3 Hostil | Não", "Joana Araújo | Sim");

		this.mvc.perform(get("/events/" + event + "/registrations/export").with(MENTOR))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/events/" + event + "/registrations/export").with(VIEWER))
			.andExpect(status().isForbidden());
	}

	private long register(long event, String name, String country, String language) {
		String email = TestCities.unique("inscrita").replace(' ', '.').toLowerCase(java.util.Locale.ROOT)
				+ "@example.org";
		return this.registrations
			.register(event,
					new RegistrationSubmission(name, "Intendencia", "Florianópolis", country, "Directora", email,
							language))
			.getId();
	}

}
