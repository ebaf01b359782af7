package org.integra.system;

import org.integra.IntegraTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A line break in a title or name (which would end up in e-mail subjects, CSV lines and
 * one-line layouts) is refused with a message, on the page and through the API.
 */
@IntegraTest
class SingleLineFieldsTests {

	static final RequestPostProcessor COORDINATOR = user("coordinacion").roles("COORDINATOR");

	static final String INJECTED = "Reunión\r\nBcc: todos@example.org";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTaskTitleWithALineBreakIsRefusedOnThePageAndThroughTheApi() throws Exception {
		this.mvc
			.perform(post("/tasks/new").with(COORDINATOR)
				.with(csrf())
				.header("Accept-Language", "es")
				.param("title", INJECTED)
				.param("assignee", "coordinacion"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Debe ocupar una sola línea: quite los saltos de línea.")));
		this.mvc
			.perform(post("/api/v1/tasks").with(COORDINATOR)
				.with(csrf())
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Reunión\\r\\nBcc: todos@example.org\",\"assignee\":\"coordinacion\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("title")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Must be on one line: remove the line breaks.")));
		assertThat(this.jdbc.sql("select count(*) from task where title like '%todos@example.org%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anOrganizationNameWithALineBreakIsRefusedOnThePageAndThroughTheApi() throws Exception {
		this.mvc
			.perform(post("/directory/organizations/new").with(COORDINATOR)
				.with(csrf())
				.header("Accept-Language", "pt")
				.param("name", INJECTED)
				.param("kind", "MINISTRY")
				.param("countryCode", "PE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("Deve ocupar uma só linha: remova as quebras de linha.")));
		this.mvc.perform(post("/api/v1/organizations").with(COORDINATOR)
			.with(csrf())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Reunión\\nBcc: todos@example.org\",\"kind\":\"MINISTRY\",\"countryCode\":\"PE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Must be on one line: remove the line breaks.")));
		assertThat(this.jdbc.sql("select count(*) from directory_organization where name like '%todos@example.org%'")
			.query(Long.class)
			.single()).isZero();
	}

}
