package org.integra.outreach.web;

import java.util.ArrayList;
import java.util.List;

import org.integra.IntegraTest;
import org.integra.cities.TestCities;
import org.integra.outreach.Pipeline;
import org.integra.outreach.Stage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class CandidatePagesTests {

	@Autowired
	TestCities testCities;

	@Autowired
	MockMvc mvc;

	@Autowired
	Pipeline pipeline;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePlansCandidatesStartIdentified() {
		long identified = this.jdbc
			.sql("select count(*) from candidate c join city k on k.id = c.city_id "
					+ "where k.network_relation = 'CANDIDATE'")
			.query(Long.class)
			.single();
		assertThat(identified).isGreaterThanOrEqualTo(16);
		assertThat(this.pipeline.candidates(Stage.MEMBER, org.springframework.data.domain.Pageable.unpaged()))
			.isEmpty();
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void longListsArePagedAndKeepTheStageFilter() throws Exception {
		List<Long> added = new ArrayList<>();
		try {
			for (int i = 0; i < 30; i++) {
				long id = this.testCities.create("Paginada " + i, "PE");
				added.add(id);
				this.pipeline.identify(id, "test", "admin");
			}
			this.mvc.perform(get("/outreach/candidates").param("stage", "IDENTIFIED"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("rel=\"next\"")))
				.andExpect(content().string(containsString("stage=IDENTIFIED&amp;page=1")))
				.andExpect(content().string(not(containsString("rel=\"prev\""))));
			this.mvc.perform(get("/outreach/candidates").param("stage", "IDENTIFIED").param("page", "1"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("rel=\"prev\"")));
		}
		finally {
			this.testCities.delete(added);
		}
	}

}
