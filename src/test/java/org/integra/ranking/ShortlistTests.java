package org.integra.ranking;

import org.integra.system.Roles;
import org.integra.system.Actor;
import java.util.List;

import org.integra.IntegraTest;
import org.integra.cities.CityCatalog;
import org.integra.cities.NetworkRelation;
import org.integra.outreach.Pipeline;
import org.integra.outreach.Stage;
import org.integra.outreach.StageChange;
import org.integra.ranking.engine.RankedAlternative;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class ShortlistTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Shortlist shortlist;

	@Autowired
	ScoringModels models;

	@Autowired
	CandidateRanking ranking;

	@Autowired
	Pipeline pipeline;

	@Autowired
	CityCatalog cities;

	@Autowired
	JdbcClient jdbc;

	private ScoringModelVersion publicDataModel() {
		return this.models.current(this.models.all()
			.stream()
			.filter((model) -> model.getName().startsWith("Interés"))
			.findFirst()
			.orElseThrow()
			.getId());
	}

	/** A ranked city nobody shortlisted yet, counted from the bottom of the ranking. */
	private RankedAlternative unlisted(ScoringModelVersion version, int skip) {
		List<RankedAlternative> rows = new java.util.ArrayList<>(this.ranking.rank(version).result().ranked());
		java.util.Collections.reverse(rows);
		return rows.stream()
			.filter((row) -> this.shortlist.entriesOf(Long.parseLong(row.alternativeId())).isEmpty())
			.skip(skip)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void aUserWhoDoesNotShortlistIsRefusedBeforeAnythingChanges() {
		ScoringModelVersion version = publicDataModel();
		long cityId = Long.parseLong(unlisted(version, 0).alternativeId());
		assertThatThrownBy(() -> this.shortlist.add(cityId, version.getId(), "razón",
				RankingPolicy.of(Actor.of("lectura", Roles.VIEWER))))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThat(this.shortlist.entriesOf(cityId)).isEmpty();
	}

	@Test
	void shortlistingRecordsTheStandingAndMakesTheCityAShortlistedCandidate() {
		ScoringModelVersion version = publicDataModel();
		RankedAlternative row = unlisted(version, 0);
		long cityId = Long.parseLong(row.alternativeId());
		ShortlistEntry entry = this.shortlist.add(cityId, version.getId(), "  Puerto del Pacífico  ",
				RankingPolicy.of(Actor.of("coordinacion", Roles.COORDINATOR)));
		assertThat(entry.getRank()).isEqualTo(row.rank());
		assertThat(entry.getScore().doubleValue()).isCloseTo(row.score(), org.assertj.core.data.Offset.offset(1e-6));
		assertThat(entry.getModelVersionId()).isEqualTo(version.getId());
		assertThat(entry.getReason()).isEqualTo("Puerto del Pacífico");
		assertThat(entry.getRankedCities()).isEqualTo(this.ranking.rank(version).result().ranked().size());

		var candidate = this.pipeline.candidate(cityId).orElseThrow();
		assertThat(candidate.getStage()).isEqualTo(Stage.SHORTLISTED);
		StageChange change = this.pipeline.history(candidate).get(0);
		assertThat(change.getToStage()).isEqualTo(Stage.SHORTLISTED);
		assertThat(change.getChangedBy()).isEqualTo("coordinacion");
		assertThat(change.getNote()).isEqualTo("Puerto del Pacífico");
		assertThat(this.cities.find(cityId).orElseThrow().relation()).isEqualTo(NetworkRelation.CANDIDATE);

		assertThatThrownBy(() -> this.shortlist.add(cityId, version.getId(), "otra vez",
				RankingPolicy.of(Actor.of("admin", Roles.ADMIN))))
			.hasMessage("ranking.shortlist.already");
	}

	@Test
	void aMemberOrABlankReasonIsRefusedAndNothingChanges() {
		ScoringModelVersion version = publicDataModel();
		long member = this.cities.memberCities().get(0).id();
		assertThatThrownBy(() -> this.shortlist.add(member, version.getId(), "razón",
				RankingPolicy.of(Actor.of("admin", Roles.ADMIN))))
			.hasMessage("ranking.shortlist.notEligible");
		long cityId = Long.parseLong(unlisted(version, 1).alternativeId());
		long before = this.jdbc.sql("select count(*) from shortlist_entry").query(Long.class).single();
		assertThatThrownBy(() -> this.shortlist.add(cityId, version.getId(), " \u0000 ",
				RankingPolicy.of(Actor.of("admin", Roles.ADMIN))))
			.hasMessage("ranking.shortlist.reason.required");
		assertThatThrownBy(() -> this.shortlist.add(cityId, version.getId(), "x".repeat(4001),
				RankingPolicy.of(Actor.of("admin", Roles.ADMIN))))
			.hasMessage("ranking.shortlist.reason.tooLong");
		assertThat(this.jdbc.sql("select count(*) from shortlist_entry").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
	void aCoordinatorShortlistsFromTheFormAndSeesItOnTheList() throws Exception {
		ScoringModelVersion version = publicDataModel();
		RankedAlternative row = unlisted(version, 2);
		this.mvc
			.perform(get("/ranking/shortlist/new").param("city", row.alternativeId())
				.param("version", version.getId().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"shortlist-standing\"")))
			.andExpect(content().string(containsString(row.label())));
		this.mvc
			.perform(post("/ranking/shortlist").with(csrf())
				.param("city", row.alternativeId())
				.param("version", version.getId().toString())
				.param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"shortlist-problem\"")));
		this.mvc
			.perform(post("/ranking/shortlist").with(csrf())
				.param("city", row.alternativeId())
				.param("version", version.getId().toString())
				.param("reason", "Ciudad intermedia con interés en la UT de Turismo"))
			.andExpect(redirectedUrl("/ranking/shortlist"));
		this.mvc.perform(get("/ranking/shortlist"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ciudad intermedia con interés en la UT de Turismo")));
		this.mvc.perform(get("/outreach/candidates").param("stage", "SHORTLISTED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(row.label())));
		this.mvc.perform(get("/outreach/candidates/" + row.alternativeId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ciudad intermedia con interés en la UT de Turismo")));
	}

	@Test
	@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
	void theApiShortlistsAndExplainsRefusals() throws Exception {
		ScoringModelVersion version = publicDataModel();
		RankedAlternative row = unlisted(version, 3);
		this.mvc
			.perform(post("/api/v1/shortlist").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"cityId\":" + row.alternativeId() + ",\"modelVersionId\":" + version.getId()
						+ ",\"reason\":\"Capital regional\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.rank").value(row.rank()))
			.andExpect(jsonPath("$.modelVersion").value(version.getNumber()));
		this.mvc
			.perform(post("/api/v1/shortlist").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"cityId\":" + row.alternativeId() + ",\"modelVersionId\":" + version.getId()
						+ ",\"reason\":\"again\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(post("/api/v1/shortlist").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/shortlist"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].reason").exists());
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void badIdsInTheFormUrlAreNotFoundNotErrors() throws Exception {
		this.mvc.perform(get("/ranking/shortlist/new").param("city", "abc").param("version", "1"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/ranking/shortlist/new").param("city", "1").param("version", "999999"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/ranking/shortlist").param("page", "'; drop table city; --")).andExpect(status().isOk());
		this.mvc.perform(get("/outreach/candidates").param("stage", "<script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("alert-warning")));
	}

}
