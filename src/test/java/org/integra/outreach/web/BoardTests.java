package org.integra.outreach.web;

import org.integra.outreach.OutreachPolicy;
import org.integra.system.Actor;
import org.integra.system.Roles;
import java.util.ArrayList;
import java.util.List;

import org.integra.IntegraTest;
import org.integra.cities.TestCities;
import org.integra.outreach.Candidate;
import org.integra.outreach.Pipeline;
import org.integra.outreach.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class BoardTests {

	@Autowired
	TestCities testCities;

	@Autowired
	MockMvc mvc;

	@Autowired
	Pipeline pipeline;

	@Autowired
	JdbcClient jdbc;

	private final List<Long> added = new ArrayList<>();

	@AfterEach
	void removeCities() {
		this.testCities.delete(this.added);
	}

	private long candidate(String name) {
		long id = this.testCities.create(name, "PE");
		this.added.add(id);
		this.pipeline.identify(id, "test", "admin");
		return id;
	}

	private Stage stage(long cityId) {
		return this.pipeline.candidate(cityId).map(Candidate::getStage).orElseThrow();
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void theBoardShowsTheDemoCandidatesIdentifiedWithoutMoveFormsForViewers() throws Exception {
		String name = this.jdbc
			.sql("select k.name from candidate c join city k on k.id = c.city_id "
					+ "where k.network_relation = 'CANDIDATE' and c.stage = 'IDENTIFIED' order by k.name")
			.query(String.class)
			.list()
			.get(0);
		this.mvc.perform(get("/outreach/board"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"column-IDENTIFIED\"")))
			.andExpect(content().string(containsString("id=\"column-ON_HOLD\"")))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(not(containsString("hx-post"))));
	}

	@Test
	@WithMockUser(username = "coord", roles = "COORDINATOR")
	void aCoordinatorMovesACardWithAFormAndIsRedirected() throws Exception {
		long id = candidate("Tablero Uno");
		this.mvc.perform(get("/outreach/board"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-post=\"/outreach/candidates/" + id + "/move\"")));
		this.mvc
			.perform(post("/outreach/candidates/{id}/move", id).with(csrf())
				.param("stage", "SHORTLISTED")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/outreach/board"))
			.andExpect(flash().attribute("message", "outreach.move.done"));
		assertThat(stage(id)).isEqualTo(Stage.SHORTLISTED);
		Candidate candidate = this.pipeline.candidate(id).orElseThrow();
		assertThat(this.pipeline.history(candidate).get(0).getChangedBy()).isEqualTo("coord");
		assertThat(this.pipeline.history(candidate).get(0).getFromStage()).isEqualTo(Stage.IDENTIFIED);
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where entity_type = 'Candidate' and action = 'UPDATE' "
					+ "and username = 'coord'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void anHtmxMoveReturnsTheBoardFragment() throws Exception {
		long id = candidate("Tablero Dos");
		this.mvc
			.perform(post("/outreach/candidates/{id}/move", id).with(csrf())
				.header("HX-Request", "true")
				.param("stage", "ON_HOLD")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"board\"")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("move-problem"))));
		assertThat(stage(id)).isEqualTo(Stage.ON_HOLD);
		// back from hold only to where it was held from
		this.mvc
			.perform(post("/outreach/candidates/{id}/move", id).with(csrf())
				.header("HX-Request", "true")
				.param("stage", "CONTACTED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"move-problem\"")));
		this.mvc
			.perform(post("/outreach/candidates/{id}/move", id).with(csrf())
				.header("HX-Request", "true")
				.param("stage", "IDENTIFIED"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("move-problem"))));
		assertThat(stage(id)).isEqualTo(Stage.IDENTIFIED);
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void aRefusedMoveShowsTheReason() throws Exception {
		long id = candidate("Tablero Tres");
		this.mvc
			.perform(post("/outreach/candidates/{id}/move", id).with(csrf())
				.header("HX-Request", "true")
				.header("Accept-Language", "en")
				.param("stage", "APPLYING"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"move-problem\"")));
		this.mvc
			.perform(post("/outreach/candidates/{id}/move", id).with(csrf())
				.param("stage", "MEMBER")
				.param("note", "joined")
				.param("back", "candidate"))
			.andExpect(redirectedUrl("/outreach/candidates/" + id))
			.andExpect(flash().attribute("problem", "outreach.move.refused.notAllowed"));
		this.mvc.perform(post("/outreach/candidates/{id}/move", id).with(csrf()).param("stage", "NOPE"))
			.andExpect(flash().attribute("problem", "outreach.move.refused.unknownStage"));
		assertThat(stage(id)).isEqualTo(Stage.IDENTIFIED);
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void aStaleVersionIsRefusedWithAClearMessage() throws Exception {
		long id = candidate("Tablero Cuatro");
		this.mvc
			.perform(post("/outreach/candidates/{id}/move", id).with(csrf())
				.param("stage", "SHORTLISTED")
				.param("version", "7"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "outreach.move.stale"));
		this.mvc
			.perform(post("/outreach/candidates/{id}/move", id).with(csrf())
				.header("HX-Request", "true")
				.param("stage", "SHORTLISTED")
				.param("version", "7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"move-problem\"")));
		assertThat(stage(id)).isEqualTo(Stage.IDENTIFIED);
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void hostileNotesAreKeptAsTextOrRefusedWhenTooLong() throws Exception {
		long id = candidate("Tablero Cinco");
		String hostile = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)> '; drop table candidate; --";
		this.mvc
			.perform(post("/outreach/candidates/{id}/move", id).with(csrf())
				.param("stage", "SHORTLISTED")
				.param("note", hostile))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/outreach/candidates/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(containsString("id=\"move-form\"")));
		this.mvc
			.perform(post("/outreach/candidates/{id}/move", id).with(csrf())
				.param("stage", "CONTACTED")
				.param("note", "x".repeat(Pipeline.NOTE_MAX + 1)))
			.andExpect(flash().attribute("problem", "outreach.move.refused.noteTooLong"));
		this.mvc
			.perform(post("/outreach/candidates/{id}/move", id).with(csrf())
				.param("stage", "CONTACTED")
				.param("note", "\u0000\u202e\ud83d\ude00")
				.param("version", "-1"))
			.andExpect(status().is3xxRedirection());
		assertThat(stage(id)).isEqualTo(Stage.CONTACTED);
		assertThat(this.jdbc.sql("select count(*) from candidate").query(Long.class).single()).isPositive();
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void theApiMovesReportsRefusalsAndStaleVersions() throws Exception {
		long id = candidate("Tablero Seis");
		this.mvc
			.perform(post("/api/v1/candidates/{id}/moves", id).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"stage\":\"SHORTLISTED\",\"note\":\"ok\",\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("SHORTLISTED"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.history[0].toStage").value("SHORTLISTED"))
			.andExpect(jsonPath("$.history[0].note").value("ok"));
		this.mvc
			.perform(post("/api/v1/candidates/{id}/moves", id).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"stage\":\"CONTACTED\",\"version\":0}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(post("/api/v1/candidates/{id}/moves", id).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"stage\":\"MEMBER\",\"note\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("stage"));
		this.mvc
			.perform(post("/api/v1/candidates/{id}/moves", id).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"stage\":\"IDENTIFIED\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		this.mvc
			.perform(post("/api/v1/candidates/{id}/moves", id).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"stage\":\"<b>\"}"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/candidates/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cityName").value("Tablero Seis"))
			.andExpect(jsonPath("$.history.length()").value(2))
			.andExpect(jsonPath("$.allowedTargets[0]").value("IDENTIFIED"));
		this.mvc.perform(get("/api/v1/candidates").param("stage", "SHORTLISTED").param("size", "500"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tablero Seis")));
		this.mvc.perform(get("/api/v1/candidates").param("stage", "nope")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/candidates/{id}", 999_999_999L)).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void anAdminSetsMemberWithANote() throws Exception {
		long id = candidate("Tablero Siete");
		for (Stage step : List.of(Stage.SHORTLISTED, Stage.CONTACTED, Stage.INTERESTED, Stage.INVITED, Stage.ATTENDED,
				Stage.APPLYING)) {
			this.pipeline.move(id, step, null, OutreachPolicy.of(Actor.of("admin", Roles.COORDINATOR)), null);
		}
		this.mvc
			.perform(post("/api/v1/candidates/{id}/moves", id).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"stage\":\"MEMBER\"}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/v1/candidates/{id}/moves", id).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"stage\":\"MEMBER\",\"note\":\"Assembly 2017 approved\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("MEMBER"))
			.andExpect(jsonPath("$.allowedTargets.length()").value(0));
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void aCardsFormOffersTheNextStageFirstAndTheExitsAreDropTargets() throws Exception {
		long id = candidate("Tablero Siguiente");
		this.pipeline.move(id, Stage.SHORTLISTED, null, OutreachPolicy.of(Actor.of("coord", Roles.COORDINATOR)), null);
		this.pipeline.move(id, Stage.CONTACTED, null, OutreachPolicy.of(Actor.of("coord", Roles.COORDINATOR)), null);
		String board = this.mvc.perform(get("/outreach/board").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String card = board.substring(board.indexOf("id=\"card-" + id + "\""));
		card = card.substring(0, card.indexOf("</li>"));
		// contacted may go back to shortlisted, on to interested, or out: interested
		// comes
		// selected
		assertThat(card).contains("draggable=\"true\"", "data-targets=\"SHORTLISTED INTERESTED DECLINED ON_HOLD\"",
				"<option value=\"INTERESTED\" selected=\"selected\">Interested</option>",
				"<option value=\"SHORTLISTED\">Shortlisted</option>");
		// the exits are drop targets below the columns, not columns of full cards
		String exits = board.substring(board.indexOf("id=\"board-exits\""));
		assertThat(exits).contains("id=\"column-DECLINED\"", "id=\"column-ON_HOLD\"", "data-stage=\"DECLINED\"",
				"data-stage=\"ON_HOLD\"", "Drop a card here");
		assertThat(board.substring(board.indexOf("id=\"board-columns\""), board.indexOf("id=\"board-exits\"")))
			.contains("data-stage=\"CONTACTED\"", "data-stage=\"MEMBER\"")
			.doesNotContain("data-stage=\"DECLINED\"");
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void aDropTheRulesRefuseLeavesTheCardAndSaysWhy() throws Exception {
		long id = candidate("Tablero Salto");
		// a drop posts the card's form with the stage it was dropped on, here two steps
		// on
		this.mvc
			.perform(post("/outreach/candidates/{id}/move", id).with(csrf())
				.header("HX-Request", "true")
				.header("Accept-Language", "en")
				.param("stage", "CONTACTED")
				.param("version", "0")
				.param("note", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"move-problem\"")))
			.andExpect(content().string(containsString("A candidate moves forward one stage at a time.")));
		assertThat(stage(id)).isEqualTo(Stage.IDENTIFIED);
	}

}
