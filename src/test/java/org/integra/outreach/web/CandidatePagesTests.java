package org.integra.outreach.web;

import java.util.ArrayList;
import java.util.List;

import org.integra.IntegraTest;
import org.integra.cities.TestCities;
import org.integra.outreach.Pipeline;
import org.integra.system.DemoCsv;
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
		List<String> plan = DemoCsv.rows("demo/plan-cities.csv")
			.stream()
			.filter((row) -> row.get("relation").equals("CANDIDATE"))
			.map((row) -> row.get("name"))
			.toList();
		assertThat(plan).hasSize(16);
		// the first stage of each candidate the demo data put in the pipeline
		List<String> entered = this.jdbc.sql("""
				select k.name from candidate_stage_change s join candidate c on c.id = s.candidate_id
				join city k on k.id = c.city_id
				where s.from_stage is null and s.to_stage = 'IDENTIFIED' and s.changed_by = 'system'
				and s.note = 'Plan de trabajo 2017, acción 1'""").query(String.class).list();
		assertThat(entered).containsExactlyInAnyOrderElementsOf(plan);
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void longListsArePagedAndKeepTheStageFilter() throws Exception {
		List<Long> added = new ArrayList<>();
		try {
			for (int i = 0; i < 30; i++) {
				long id = this.testCities.create(TestCities.unique("Paginada"), "PE");
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
