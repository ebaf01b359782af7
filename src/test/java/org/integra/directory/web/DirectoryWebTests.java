package org.integra.directory.web;

import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
@WithMockUser(username = "secretaria", roles = "SECRETARIAT")
class DirectoryWebTests {

	/** The demo data's organizations, by kind ({@code DirectoryDemoData}). */
	static final List<String> DEMO_NETWORKS = List.of("UCCI - Unión de Ciudades Capitales Iberoamericanas",
			"FLACMA - Federación Latinoamericana de Ciudades, Municipios y Asociaciones Municipalistas",
			"AL-LAs - Alianza Euro-Latinoamericana de Cooperación entre Ciudades",
			"CGLU / UCLG - Ciudades y Gobiernos Locales Unidos",
			"CORDIAL - Coordinación Latinoamericana de las Autoridades Locales para la Unidad en la Diversidad");

	static final List<String> DEMO_ASSOCIATIONS = List.of("AMPE - Asociación de Municipalidades del Perú",
			"REMURPE - Red de Municipalidades Urbanas y Rurales del Perú",
			"AME - Asociación de Municipalidades Ecuatorianas", "FCM - Federación Colombiana de Municipios",
			"Asocapitales - Asociación Colombiana de Ciudades Capitales",
			"FAM - Federación de Asociaciones Municipales de Bolivia", "AMB - Asociación de Municipalidades de Bolivia",
			"AMUPA - Asociación de Municipios de Panamá", "AChM - Asociación Chilena de Municipalidades");

	static final List<String> DEMO_BODIES = List.of("Presidencia de Mercociudades 2016-2017",
			"Secretaría Ejecutiva de Mercociudades 2016-2017", "Vicepresidencia de Integración Fronteriza 2016-2017");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void demoDataHoldsNetworksAssociationsBodiesAndAnEmbassyPairForPeru() {
		assertThat(named("PARTNER_NETWORK", DEMO_NETWORKS)).containsExactlyInAnyOrderElementsOf(DEMO_NETWORKS);
		assertThat(named("ASSOCIATION", DEMO_ASSOCIATIONS)).containsExactlyInAnyOrderElementsOf(DEMO_ASSOCIATIONS);
		assertThat(named("NETWORK_BODY", DEMO_BODIES)).containsExactlyInAnyOrderElementsOf(DEMO_BODIES);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from directory_organization where kind = 'EMBASSY' "
						+ "and country_code = 'PE' and host_country_code = 'BO' and host_city_name = 'La Paz'",
				Long.class))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from directory_organization where kind = 'EMBASSY' "
						+ "and country_code = 'BO' and host_country_code = 'PE' and host_city_name = 'Lima'",
				Long.class))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from directory_organization where kind = 'EMBASSY' and country_code = 'BO' "
						+ "and host_country_code = 'BO'",
				Long.class))
			.isZero();
	}

	/**
	 * The organizations of the kind that bear one of the names, each as often as stored.
	 */
	private List<String> named(String kind, List<String> names) {
		return this.jdbc.queryForList(
				"select name from directory_organization where kind = ? and name in ("
						+ String.join(", ", Collections.nCopies(names.size(), "?")) + ")",
				String.class, Stream.concat(Stream.of(kind), names.stream()).toArray());
	}

	@Test
	void searchIgnoresAccentsAndCase() throws Exception {
		this.mvc.perform(get("/directory/organizations").param("q", "ASOCIACION municipalidades"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Asociación de Municipalidades del Perú")))
			.andExpect(content().string(not(containsString("Unión de Ciudades Capitales"))));
	}

	@Test
	void filtersByKindAndCountry() throws Exception {
		this.mvc.perform(get("/directory/organizations").param("kind", "ASSOCIATION").param("country", "CO"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Federación Colombiana de Municipios")))
			.andExpect(content().string(not(containsString("Asociación Chilena"))));
		this.mvc.perform(get("/directory/organizations").param("kind", "EMBASSY").param("country", "PE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Embajada de Perú en Bolivia")))
			.andExpect(content().string(containsString("Embajada de Bolivia en Perú")));
	}

	@Test
	void createWithErrorsShowsThemPerField() throws Exception {
		this.mvc
			.perform(post("/directory/organizations/new").param("lang", "en")
				.param("name", "")
				.param("countryCode", "ZZ")
				.param("website", "javascript:alert(1)")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("id=\"kind-error\"")))
			.andExpect(content().string(containsString("id=\"countryCode-error\"")))
			.andExpect(content().string(containsString("id=\"website-error\"")));
	}

	@Test
	void createShowAndStaleEdit() throws Exception {
		String location = this.mvc
			.perform(post("/directory/organizations/new").param("name", "Ministerio de Prueba")
				.param("kind", "MINISTRY")
				.param("countryCode", "PE")
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ministerio de Prueba")));
		this.mvc
			.perform(post(location + "/edit").param("name", "Ministerio Cambiado")
				.param("kind", "MINISTRY")
				.param("version", "0")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(location + "/edit").param("lang", "en")
				.param("name", "Ministerio Viejo")
				.param("kind", "MINISTRY")
				.param("version", "0")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("form-global-errors")));
		this.mvc.perform(get(location + "/delete")).andExpect(status().isOk());
		this.mvc.perform(post(location + "/delete").with(csrf())).andExpect(status().is3xxRedirection());
		this.mvc.perform(get(location)).andExpect(status().isNotFound());
	}

	@Test
	void organizationWithPeopleIsNotDeleted() throws Exception {
		String organization = this.mvc
			.perform(post("/directory/organizations/new").param("name", "Red con Personas")
				.param("kind", "PARTNER_NETWORK")
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = organization.substring(organization.lastIndexOf('/') + 1);
		String person = this.mvc
			.perform(post("/directory/people/new").param("name", "Ana Pérez")
				.param("organizationId", id)
				.param("preferredLanguage", "es")
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(person))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ana Pérez")));
		this.mvc.perform(get("/directory/people").param("q", "ana perez"))
			.andExpect(content().string(containsString("Ana Pérez")));
		this.mvc.perform(post(organization + "/delete").with(csrf())).andExpect(status().is3xxRedirection());
		this.mvc.perform(get(organization)).andExpect(status().isOk());
	}

	@Test
	@WithMockUser(username = "mentor", roles = "MENTOR")
	void mentorsCannotReadTheDirectory() throws Exception {
		this.mvc.perform(get("/directory/organizations")).andExpect(status().isForbidden());
	}

	@Test
	void hostileInputsInPersonFormsAreStoredOrRefusedAndShownEscaped() throws Exception {
		for (String input : HostileInputs.ALL) {
			MockHttpServletResponse response = this.mvc
				.perform(post("/directory/people/new").param("lang", "en")
					.param("name", input)
					.param("position", input)
					.param("phone", input)
					.param("email", input)
					.param("preferredLanguage", input)
					.param("notes", input)
					.with(csrf()))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(HostileInputs.describe(input)).isEqualTo(200);
			assertThat(response.getContentAsString()).contains("id=\"email-error\"");
			HostileInputs.assertRenderedEscaped(response.getContentAsString(), input);
			String list = this.mvc.perform(get("/directory/people").param("q", input))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			HostileInputs.assertRenderedEscaped(list, input);
		}
	}

	@Test
	void hostileInputsAreStoredAndShownEscaped() throws Exception {
		for (String input : HostileInputs.ALL) {
			// a name of this test's own: no other test's record is its duplicate
			MockHttpServletResponse response = this.mvc
				.perform(post("/directory/organizations/new").param("lang", "en")
					.param("name", input + " " + UUID.randomUUID().toString().substring(0, 8))
					.param("kind", "MINISTRY")
					.param("notes", input)
					.param("hostCityName", input)
					.with(csrf()))
				.andReturn()
				.getResponse();
			// too long for the fields: the form again, with the errors
			assertThat(response.getStatus()).as(HostileInputs.describe(input))
				.isEqualTo(input.equals(HostileInputs.LONG) ? 200 : 302);
			if (response.getStatus() == 302) {
				String page = this.mvc.perform(get(response.getRedirectedUrl()))
					.andReturn()
					.getResponse()
					.getContentAsString();
				HostileInputs.assertRenderedEscaped(page, input);
			}
			else {
				HostileInputs.assertRenderedEscaped(response.getContentAsString(), input);
			}
			String list = this.mvc.perform(get("/directory/organizations").param("q", input))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			HostileInputs.assertRenderedEscaped(list, input);
		}
	}

}
