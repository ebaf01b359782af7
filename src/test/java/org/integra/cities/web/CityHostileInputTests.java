package org.integra.cities.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.integra.IntegraTest;
import org.integra.cities.Cities;
import org.integra.cities.City;
import org.integra.cities.CityDeletion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Hostile text in every text field, through the form and the API: stored as given or
 * refused with a message, always shown escaped, never an error 500.
 */
@IntegraTest
@WithMockUser(roles = "ADMIN")
class CityHostileInputTests {

	static final String LONG = "x".repeat(10_000);

	static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"' OR 1=1 --", LONG, "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀");

	static final List<String> TEXT_FIELDS = List.of("name", "alternativeNames", "admin1", "populationSource");

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	CityDeletion deletion;

	@Autowired
	JsonMapper json;

	static List<Arguments> cases() {
		return TEXT_FIELDS.stream()
			.flatMap((field) -> HOSTILE.stream().map((value) -> Arguments.of(field, value)))
			.toList();
	}

	@ParameterizedTest
	@MethodSource("cases")
	void throughTheForm(String field, String value) throws Exception {
		Map<String, String> fields = new HashMap<>(Map.of("name", "Hostil Form", "country", "CU"));
		fields.put(field, value);
		MockHttpServletResponse response = this.mvc
			.perform(CityControllerTests.form(post("/cities/new").param("lang", "en"), fields))
			.andReturn()
			.getResponse();
		if (value.length() > 4000 || (value.length() > 200 && !field.equals("alternativeNames"))) {
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentAsString()).contains("id=\"" + field + "-error\"")
				.contains("Must be between 0 and");
			assertSafe(response.getContentAsString());
			return;
		}
		assertThat(response.getStatus()).isEqualTo(302);
		long id = Long.parseLong(response.getRedirectedUrl().replace("/cities/", ""));
		City city = this.cities.get(id);
		assertThat(stored(city, field)).isEqualTo(value);
		String page = this.mvc.perform(get("/cities/" + id)).andReturn().getResponse().getContentAsString();
		assertSafe(page);
		assertThat(HtmlUtils.htmlUnescape(page)).contains(value.strip());
		String edit = this.mvc.perform(get("/cities/" + id + "/edit")).andReturn().getResponse().getContentAsString();
		assertSafe(edit);
		String list = this.mvc.perform(get("/cities").param("q", value.length() > 200 ? "hostil" : value))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertSafe(list);
		this.deletion.delete(id);
	}

	@ParameterizedTest
	@MethodSource("cases")
	void throughTheApi(String field, String value) throws Exception {
		Map<String, Object> body = new HashMap<>(Map.of("name", "Hostil API", "country", "CU"));
		body.put(field, value);
		MockHttpServletResponse response = this.mvc
			.perform(post("/api/v1/cities").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andReturn()
			.getResponse();
		if (value.length() > 4000 || (value.length() > 200 && !field.equals("alternativeNames"))) {
			assertThat(response.getStatus()).isEqualTo(400);
			JsonNode problem = this.json.readTree(response.getContentAsString());
			assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
			return;
		}
		assertThat(response.getStatus()).isEqualTo(201);
		JsonNode created = this.json.readTree(response.getContentAsString());
		assertThat(created.get(field).asString()).isEqualTo(value);
		this.deletion.delete(created.get("id").asLong());
	}

	@ParameterizedTest
	@MethodSource("hostileValues")
	void inTheFilters(String value) throws Exception {
		for (String param : List.of("q", "country", "relation", "seaport", "populationMin", "sort", "page", "size")) {
			MockHttpServletResponse page = this.mvc.perform(get("/cities").param(param, value))
				.andReturn()
				.getResponse();
			assertThat(page.getStatus()).isEqualTo(200);
			assertSafe(page.getContentAsString());
			MockHttpServletResponse map = this.mvc.perform(get("/cities/map").param(param, value))
				.andReturn()
				.getResponse();
			assertThat(map.getStatus()).isEqualTo(200);
			assertSafe(map.getContentAsString());
			assertThat(
					this.mvc.perform(get("/cities/map/data").param(param, value)).andReturn().getResponse().getStatus())
				.isEqualTo(200);
			assertThat(
					this.mvc.perform(get("/api/v1/cities").param(param, value)).andReturn().getResponse().getStatus())
				.isIn(200, 400);
		}
	}

	static List<String> hostileValues() {
		return HOSTILE;
	}

	private static void assertSafe(String html) {
		assertThat(html).doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x");
	}

	private static String stored(City city, String field) {
		return switch (field) {
			case "name" -> city.getName();
			case "alternativeNames" -> city.getAlternativeNames();
			case "admin1" -> city.getAdmin1();
			default -> city.getPopulationSource();
		};
	}

}
