package org.integra.directory.web;

import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
class DirectoryApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Test
	void listsWithAccentInsensitiveSearchAndKind() throws Exception {
		this.mvc.perform(get("/api/v1/organizations").param("q", "asociacion chilena").param("kind", "ASSOCIATION"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.items[0].name").value("AChM - Asociación Chilena de Municipalidades"))
			.andExpect(jsonPath("$.items[0].countryCode").value("CL"));
		this.mvc
			.perform(get("/api/v1/organizations").param("q", "asociacion chilena")
				.param("kind", "ASSOCIATION")
				.param("page", "1"))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.items").isEmpty());
	}

	@Test
	void createGetUpdateAndConflict() throws Exception {
		String unique = java.util.UUID.randomUUID().toString().substring(0, 8);
		MvcResult created = this.mvc
			.perform(post("/api/v1/organizations").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Ministerio API " + unique + "\",\"kind\":\"MINISTRY\",\"countryCode\":\"pe\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.countryCode").value("PE"))
			.andReturn();
		JsonNode body = this.json.readTree(created.getResponse().getContentAsString());
		long id = body.get("id").asLong();
		this.mvc.perform(get("/api/v1/organizations/" + id))
			.andExpect(jsonPath("$.name").value("Ministerio API " + unique));
		this.mvc
			.perform(put("/api/v1/organizations/" + id).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Ministerio API 2 " + unique + "\",\"kind\":\"MINISTRY\",\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(put("/api/v1/organizations/" + id).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Ministerio API 3 " + unique + "\",\"kind\":\"MINISTRY\",\"version\":0}"))
			.andExpect(status().isConflict());
		MvcResult person = this.mvc
			.perform(post("/api/v1/people").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"João Silva " + unique + "\",\"organizationId\":" + id
						+ ",\"preferredLanguage\":\"pt\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.organizationName").value("Ministerio API 2 " + unique))
			.andReturn();
		long personId = this.json.readTree(person.getResponse().getContentAsString()).get("id").asLong();
		this.mvc.perform(get("/api/v1/people").param("q", "joao silva " + unique))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].name").value("João Silva " + unique));
		this.mvc
			.perform(put("/api/v1/people/" + personId).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"João Silva " + unique + "\",\"version\":7}"))
			.andExpect(status().isConflict());
	}

	@Test
	void validationErrorsAreProblems() throws Exception {
		this.mvc
			.perform(post("/api/v1/organizations").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"\",\"countryCode\":\"ZZ\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(post("/api/v1/people").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"X\",\"email\":\"not-an-address\",\"preferredLanguage\":\"fr\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/organizations/999999999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void hostileInputsNeverBreakTheApi() throws Exception {
		for (String input : HostileInputs.ALL) {
			// a name of this test's own: no other test's record is its duplicate (409)
			String body = this.json.writeValueAsString(
					java.util.Map.of("name", input + " " + java.util.UUID.randomUUID().toString().substring(0, 8),
							"kind", "MINISTRY", "notes", input));
			MvcResult result = this.mvc.perform(
					post("/api/v1/organizations").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
				.andReturn();
			HostileInputs.assertNotServerError(result);
			assertThat(result.getResponse().getStatus()).as(HostileInputs.describe(input))
				.isEqualTo(input.equals(HostileInputs.LONG) ? 400 : 201);
			MvcResult search = this.mvc.perform(get("/api/v1/organizations").param("q", input)).andReturn();
			HostileInputs.assertNotServerError(search);
			assertThat(search.getResponse().getStatus()).isEqualTo(200);
		}
	}

}
