package org.integra.cities.web;

import java.util.Map;

import org.integra.IntegraTest;
import org.integra.cities.Cities;
import org.integra.cities.City;
import org.integra.cities.CityForm;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegraTest
class CityControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Test
	@WithMockUser(roles = "VIEWER")
	void theCountryFilterListsCountriesByTheirNameInTheUsersLanguage() throws Exception {
		String es = this.mvc.perform(get("/cities").param("lang", "es")).andReturn().getResponse().getContentAsString();
		// by code DO (República Dominicana) comes before EC (Ecuador); by Spanish name
		// after
		assertThat(es.indexOf(">Ecuador<")).isPositive().isLessThan(es.indexOf(">República Dominicana<"));
		String en = this.mvc.perform(get("/cities").param("lang", "en")).andReturn().getResponse().getContentAsString();
		assertThat(en.indexOf(">Dominican Republic<")).isPositive().isLessThan(en.indexOf(">Ecuador<"));
		// by code BR (Brasil) comes before CL (Chile) and PE (Perú) before PY; in
		// Portuguese
		// "Paraguai" comes before "Peru"
		String pt = this.mvc.perform(get("/cities").param("lang", "pt")).andReturn().getResponse().getContentAsString();
		assertThat(pt.indexOf(">Paraguai<")).isPositive().isLessThan(pt.indexOf(">Peru<"));
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void listsDemoCitiesSortedByName() throws Exception {
		this.mvc.perform(get("/cities").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(view().name("cities/list"))
			.andExpect(content().string(containsString("Arequipa")))
			.andExpect(content().string(containsString("aria-sort=\"ascending\"")))
			.andExpect(content().string(containsString("hx-get=\"/cities\"")))
			.andExpect(content().string(containsString("hx-push-url=\"true\"")))
			.andExpect(content().string(containsString("hx-target=\"#city-results\"")))
			.andExpect(content().string(containsString("form=\"city-filter\"")))
			.andExpect(content().string(containsString("hx-trigger=\"submit, input delay:400ms\"")))
			.andExpect(content().string(not(containsString("id=\"new-city\""))));
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void findsBogotaWithoutAccentThroughAPlainGet() throws Exception {
		this.mvc.perform(get("/cities").param("q", "bogota"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bogotá")))
			.andExpect(content().string(not(containsString("Medellín"))));
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void answersAnHtmxRequestWithTheResultsOnly() throws Exception {
		String html = this.mvc.perform(get("/cities").param("q", "cuzco").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Cusco").contains("id=\"city-results\"").doesNotContain("<html");
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void correctsBadFilterParametersWithAVisibleNote() throws Exception {
		this.mvc
			.perform(get("/cities").param("lang", "en")
				.param("populationMin", "abc")
				.param("page", "-5")
				.param("sort", "unknown")
				.param("size", "7")
				.param("relation", "FRIEND"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"filter-notes\"")))
			.andExpect(content().string(containsString("Minimum population")))
			.andExpect(content().string(containsString("Arequipa")));
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void correctsAPageBeyondTheLast() throws Exception {
		this.mvc.perform(get("/cities").param("relation", "MEMBER").param("page", "99"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"filter-notes\"")))
			.andExpect(content().string(containsString("Montevideo")));
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void showsAnEmptyStateWhenNothingMatches() throws Exception {
		this.mvc.perform(get("/cities").param("q", "zzzz-no-such-city"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"city-empty\"")));
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void showsACityWithItsMapAndItsHistory() throws Exception {
		long id = demoCity("La Paz");
		this.mvc.perform(get("/cities/" + id).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nuestra Señora de La Paz")))
			.andExpect(content().string(containsString("Seat of government")))
			.andExpect(content().string(containsString("1999")))
			.andExpect(content().string(containsString("id=\"city-map\"")))
			.andExpect(content().string(containsString("id=\"history\"")))
			.andExpect(content().string(containsString("audit-action-create")))
			.andExpect(content().string(containsString("href=\"/ranking/cities/" + id + "\"")))
			.andExpect(content().string(not(containsString("id=\"edit-city\""))));
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void answersAnUnknownCityWithNotFound() throws Exception {
		this.mvc.perform(get("/cities/987654321")).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void refusesTheEditFormToAViewer() throws Exception {
		long id = demoCity("Lima");
		this.mvc.perform(get("/cities/" + id + "/edit")).andExpect(status().isForbidden());
		this.mvc.perform(get("/cities/new")).andExpect(status().isForbidden());
		this.mvc.perform(post("/cities/" + id + "/delete").with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void createsACityAndRedirectsToIt() throws Exception {
		this.mvc.perform(form(post("/cities/new"), Map.of("name", "Ciudad Creada Web", "country", "MX")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/cities/*"))
			.andExpect(flash().attribute("message", "cities.city.created"));
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void showsAMessageNextToEachInvalidField() throws Exception {
		this.mvc
			.perform(form(post("/cities/new").param("lang", "en"),
					Map.of("name", "", "country", "XX", "population", "abc", "latitude", "95", "memberSince", "2000")))
			.andExpect(status().isOk())
			.andExpect(view().name("cities/form"))
			.andExpect(model().attributeHasFieldErrors("cityForm", "name", "country", "population", "latitude",
					"memberSince"))
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("aria-describedby=\"name-error\"")))
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("The value does not have the expected format.")));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void refusesHalfACoordinatePair() throws Exception {
		this.mvc
			.perform(form(post("/cities/new"), Map.of("name", "Media Coordenada", "country", "MX", "latitude", "10")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("cityForm", "longitude", "cities.city.coordinates.pair"));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void refusesAStaleVersionAndKeepsTheInput() throws Exception {
		City city = create("Ciudad Conflicto Web");
		String edit = "/cities/" + city.getId() + "/edit";
		String version = String.valueOf(city.getVersion());
		this.mvc.perform(form(post(edit), Map.of("name", "Primera Edición", "country", "CR", "version", version)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(form(post(edit).param("lang", "en"),
					Map.of("name", "Segunda Edición", "country", "CR", "admin1", "Mi región", "version", version)))
			.andExpect(status().isOk())
			.andExpect(view().name("cities/form"))
			.andExpect(content().string(containsString("Someone else saved changes")))
			.andExpect(content().string(containsString("value=\"Segunda Edici&oacute;n\"")))
			.andExpect(content().string(containsString("value=\"Mi regi&oacute;n\"")));
		assertThat(this.cities.get(city.getId()).getName()).isEqualTo("Primera Edición");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void refusesADuplicateGeonamesIdWithAFieldMessage() throws Exception {
		this.mvc
			.perform(form(post("/cities/new"), Map.of("name", "Geo Uno", "country", "MX", "geonamesId", "99000001")))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(form(post("/cities/new"), Map.of("name", "Geo Dos", "country", "MX", "geonamesId", "99000001")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("cityForm", "geonamesId", "cities.city.geonamesId.taken"));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void deletesACityAfterConfirmation() throws Exception {
		City city = create("Ciudad Para Borrar Web");
		String show = this.mvc.perform(get("/cities/" + city.getId())).andReturn().getResponse().getContentAsString();
		assertThat(show).contains("data-confirm=").contains("id=\"edit-city\"");
		this.mvc.perform(get("/cities/" + city.getId() + "/delete"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"confirm-delete\"")));
		this.mvc.perform(post("/cities/" + city.getId() + "/delete").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "cities.city.deleted"));
		assertThat(this.cities.find(city.getId())).isEmpty();
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void showsTheCountries() throws Exception {
		this.mvc.perform(get("/countries").param("lang", "en").param("sort", "region").param("direction", "desc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trinidad and Tobago")))
			.andExpect(content().string(containsString("aria-sort=\"descending\"")));
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void showsTheMapWithTheListFilters() throws Exception {
		this.mvc.perform(get("/cities/map").param("relation", "MEMBER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("leaflet.js")))
			.andExpect(content().string(containsString("/cities/map/data?relation=MEMBER")))
			.andExpect(content().string(containsString("Natural Earth")));
		this.mvc.perform(get("/cities/map/data").param("relation", "MEMBER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"FeatureCollection\"")))
			.andExpect(content().string(containsString("Montevideo")))
			.andExpect(content().string(not(containsString("Cusco"))));
	}

	@Test
	void sendsAnonymousUsersToTheLoginPage() throws Exception {
		this.mvc.perform(get("/cities").accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection());
	}

	private long demoCity(String name) {
		return this.cities.search(org.integra.cities.CityFilterParser.forPages().parse(Map.of("q", name)).filter())
			.getContent()
			.stream()
			.filter((city) -> city.getName().equals(name))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	private City create(String name) {
		CityForm form = new CityForm();
		form.setName(name);
		form.setCountry("CR");
		return this.cities.create(form);
	}

	static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> fields) {
		fields.forEach(request::param);
		return request.with(csrf());
	}

}
