package org.integra.cities.web;

import org.integra.IntegraTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class CityApiControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Test
	@WithMockUser(roles = "VIEWER")
	void findsBogotaWithoutAccent() throws Exception {
		this.mvc.perform(get("/api/v1/cities").param("q", "bogota"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].name").value("Bogotá"))
			.andExpect(jsonPath("$.items[0].country").value("CO"))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(25))
			.andExpect(jsonPath("$.totalPages").value(1));
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void filtersBySeveralParameters() throws Exception {
		this.mvc
			.perform(get("/api/v1/cities").param("country", "co")
				.param("relation", "CANDIDATE")
				.param("seaport", "yes")
				.param("sort", "population")
				.param("direction", "desc")
				.param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.items[0].name").value("Barranquilla"))
			.andExpect(jsonPath("$.items[1].name").value("Cartagena de Indias"));
		this.mvc
			.perform(get("/api/v1/cities").param("country", "co")
				.param("relation", "CANDIDATE")
				.param("seaport", "yes")
				.param("sort", "population")
				.param("direction", "desc")
				.param("size", "2")
				.param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.items.length()").value(1));
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void refusesInvalidParametersNamingThem() throws Exception {
		this.mvc.perform(get("/api/v1/cities").param("size", "500").param("populationMin", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("size")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("populationMin")));
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void listsAndGetsCountries() throws Exception {
		this.mvc.perform(get("/api/v1/countries"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(33))
			.andExpect(jsonPath("$.totalItems").value(33))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.totalPages").value(1));
		this.mvc.perform(get("/api/v1/countries/mx"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.region").value("NORTH_AMERICA"))
			.andExpect(jsonPath("$.mercosurRelation").value("OTHER"));
		this.mvc.perform(get("/api/v1/countries/BO")).andExpect(jsonPath("$.mercosurRelation").value("STATE_PARTY"));
		this.mvc.perform(get("/api/v1/countries/ZZ")).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void createsChangesAndDeletesACity() throws Exception {
		String body = """
				{"name": "Ciudad API", "alternativeNames": "Otra API", "country": "JM", "population": 1000,
				 "latitude": 18.0, "longitude": -76.8, "seaport": "YES", "networkRelation": "CANDIDATE"}
				""";
		String created = this.mvc
			.perform(post("/api/v1/cities").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/cities/")))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = this.json.readTree(created).get("id").asLong();
		String change = """
				{"name": "Ciudad API Cambiada", "country": "JM", "version": 0}
				""";
		this.mvc
			.perform(put("/api/v1/cities/" + id).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(change))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Ciudad API Cambiada"))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(put("/api/v1/cities/" + id).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(change))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(delete("/api/v1/cities/" + id).with(csrf())).andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/cities/" + id)).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void refusesAChangeWithoutVersion() throws Exception {
		long id = create("Ciudad Sin Versión");
		this.mvc
			.perform(put("/api/v1/cities/" + id).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"X\", \"country\": \"JM\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("version")));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void refusesInvalidDataNamingEachField() throws Exception {
		String body = """
				{"name": "", "country": "JM", "latitude": 10, "population": -1, "memberSince": 2001}
				""";
		this.mvc.perform(post("/api/v1/cities").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("population")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("longitude")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("memberSince")));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void refusesADuplicateGeonamesId() throws Exception {
		String body = "{\"name\": \"Geo API %s\", \"country\": \"JM\", \"geonamesId\": 99000077}";
		this.mvc
			.perform(post("/api/v1/cities").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted("A")))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post("/api/v1/cities").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted("B")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("geonamesId"));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void refusesAnUnreadableBody() throws Exception {
		this.mvc
			.perform(post("/api/v1/cities").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"X\", \"country\": \"JM\", \"population\": \"abc\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void answersAnUnknownCityWithAProblem() throws Exception {
		this.mvc.perform(get("/api/v1/cities/987654321"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void refusesAnonymousCallers() throws Exception {
		this.mvc.perform(get("/api/v1/cities")).andExpect(status().isUnauthorized());
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void refusesChangesByAViewer() throws Exception {
		this.mvc
			.perform(post("/api/v1/cities").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Vista\", \"country\": \"JM\"}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete("/api/v1/cities/1").with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void documentsTheApi() throws Exception {
		String docs = this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		JsonNode paths = this.json.readTree(docs).get("paths");
		assertThat(paths.has("/api/v1/cities")).isTrue();
		assertThat(paths.has("/api/v1/cities/{id}")).isTrue();
		assertThat(paths.has("/api/v1/countries/{code}")).isTrue();
	}

	private long create(String name) throws Exception {
		String created = this.mvc
			.perform(post("/api/v1/cities").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"" + name + "\", \"country\": \"JM\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(created).get("id").asLong();
	}

}
