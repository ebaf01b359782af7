package org.integra.directory.web;

import java.util.UUID;

import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
@WithMockUser(username = "secretaria", roles = "SECRETARIAT")
class DuplicateWarningTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	private long countOrganizations(String folded) {
		return this.jdbc.queryForObject("select count(*) from directory_organization where name_search = ?", Long.class,
				folded);
	}

	private long createOrganization(String name, String country) throws Exception {
		String location = this.mvc
			.perform(post("/directory/organizations/new").param("name", name)
				.param("kind", "MINISTRY")
				.param("countryCode", country)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void creatingAMatchingOrganizationWarnsFirstAndSavesWhenConfirmed() throws Exception {
		String name = unique("Ministerio de Planificación");
		long existing = createOrganization(name, "PE");
		String variant = "  MINISTERIO de planificacion,  " + name.substring(name.lastIndexOf(' ') + 1) + ".";
		String folded = org.integra.system.SearchText.normalize(name);
		this.mvc
			.perform(post("/directory/organizations/new").param("lang", "en")
				.param("name", variant)
				.param("kind", "MINISTRY")
				.param("countryCode", "pe")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"duplicate-warning\"")))
			.andExpect(content().string(containsString("href=\"/directory/organizations/" + existing + "\"")))
			.andExpect(content().string(containsString("name=\"confirmDuplicate\" value=\"true\"")));
		assertThat(countOrganizations(folded)).isEqualTo(1);
		this.mvc
			.perform(post("/directory/organizations/new").param("name", variant)
				.param("kind", "MINISTRY")
				.param("countryCode", "CO")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/directory/organizations/new").param("name", variant)
				.param("kind", "MINISTRY")
				.param("countryCode", "PE")
				.param("confirmDuplicate", "true")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(countOrganizations(folded)).isEqualTo(3);
	}

	@Test
	void editingIntoAMatchWarnsAndTheRecordItselfIsNoMatch() throws Exception {
		String name = unique("Ministerio de Obras");
		long first = createOrganization(name, "BO");
		long second = createOrganization(unique("Ministerio Otro"), "BO");
		this.mvc
			.perform(post("/directory/organizations/" + first + "/edit").param("name", name)
				.param("kind", "MINISTRY")
				.param("countryCode", "BO")
				.param("notes", "changed")
				.param("version", "0")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/directory/organizations/" + second + "/edit").param("name", name)
				.param("kind", "MINISTRY")
				.param("countryCode", "BO")
				.param("version", "0")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/directory/organizations/" + first + "\"")));
		this.mvc
			.perform(post("/directory/organizations/" + second + "/edit").param("name", name)
				.param("kind", "MINISTRY")
				.param("countryCode", "BO")
				.param("version", "0")
				.param("confirmDuplicate", "true")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/directory/organizations/" + second + "/duplicates"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"duplicates-hint-list\"")))
			.andExpect(content().string(containsString("/directory/organizations/" + second + "/merge?into=" + first)));
		this.mvc.perform(get("/directory/organizations/" + second))
			.andExpect(
					content().string(containsString("hx-get=\"/directory/organizations/" + second + "/duplicates\"")));
	}

	@Test
	void peopleMatchOnEmailOrOnNameAndCountry() throws Exception {
		String email = UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		String location = this.mvc
			.perform(
					post("/directory/people/new").param("name", unique("Ana Pérez")).param("email", email).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc
			.perform(post("/directory/people/new").param("name", unique("Otra Persona"))
				.param("email", email.toUpperCase())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + location + "\"")));
		this.mvc
			.perform(post("/directory/people/new").param("name", unique("Otra Persona"))
				.param("email", email.toUpperCase())
				.param("confirmDuplicate", "true")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		String name = unique("José Núñez");
		this.mvc.perform(post("/directory/people/new").param("name", name).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/directory/people/new").param("name", name.toUpperCase()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"duplicate-warning\"")));
		this.mvc.perform(get(location + "/duplicates"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("duplicate-match")));
	}

	@Test
	void theApiAnswers409ListingTheMatchesUnlessConfirmed() throws Exception {
		String name = unique("Embajada API");
		String body = "{\"name\":\"" + name + "\",\"kind\":\"EMBASSY\",\"countryCode\":\"CL\"}";
		MvcResult first = this.mvc
			.perform(post("/api/v1/organizations").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn();
		String id = first.getResponse().getHeader("Location").replace("/api/v1/organizations/", "");
		this.mvc
			.perform(post("/api/v1/organizations").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.replace(name, name.toLowerCase())))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.duplicates[0].id").value(Long.parseLong(id)))
			.andExpect(jsonPath("$.duplicates[0].name").value(name));
		this.mvc
			.perform(post("/api/v1/organizations").param("confirmDuplicate", "true")
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated());
		String email = UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		String person = "{\"name\":\"" + unique("Luis API") + "\",\"email\":\"" + email + "\"}";
		this.mvc.perform(post("/api/v1/people").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(person))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post("/api/v1/people").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Otro\",\"email\":\"" + email.toUpperCase() + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.duplicates.length()").value(1));
	}

	@Test
	void hostileConfirmationValuesDoNotSaveOrCrash() throws Exception {
		String name = unique("Ministerio Hostil");
		createOrganization(name, "AR");
		for (String input : HostileInputs.ALL) {
			MvcResult result = this.mvc
				.perform(post("/directory/organizations/new").param("name", name)
					.param("kind", "MINISTRY")
					.param("countryCode", "AR")
					.param("confirmDuplicate", input)
					.with(csrf()))
				.andReturn();
			HostileInputs.assertNotServerError(result);
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			HostileInputs.assertRenderedEscaped(result.getResponse().getContentAsString(), input);
			this.mvc
				.perform(post("/api/v1/organizations").param("confirmDuplicate", input)
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"name\":\"" + name + "\",\"kind\":\"MINISTRY\",\"countryCode\":\"AR\"}"))
				.andExpect(status().isConflict());
		}
		assertThat(countOrganizations(org.integra.system.SearchText.normalize(name))).isEqualTo(1);
		this.mvc.perform(get("/directory/organizations/new"))
			.andExpect(content().string(not(containsString("duplicate-warning"))));
	}

}
