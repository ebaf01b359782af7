package org.integra.system;

import org.integra.IntegraTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A NUL character typed or sent in any text is dropped before it reaches a service, so
 * that PostgreSQL, which refuses it, never turns it into a server error.
 */
@IntegraTest
@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
class NulFreeTextTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void formTextLosesItsNulCharacters() throws Exception {
		this.mvc
			.perform(post("/directory/organizations/new").param("name", "Ministerio\u0000 Nulo")
				.param("kind", "MINISTRY")
				.param("countryCode", "PE")
				.param("notes", "nota\u0000 con NUL")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select notes from directory_organization where name = ?", String.class,
				"Ministerio Nulo"))
			.isEqualTo("nota con NUL");
	}

	@Test
	void jsonTextLosesItsNulCharacters() throws Exception {
		this.mvc
			.perform(post("/api/v1/organizations").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Red\\u0000 JSON Nula\",\"kind\":\"PARTNER_NETWORK\",\"notes\":\"a\\u0000b\"}"))
			.andExpect(status().isCreated());
		assertThat(this.jdbc.queryForObject("select notes from directory_organization where name = ?", String.class,
				"Red JSON Nula"))
			.isEqualTo("ab");
	}

}
