package org.integra.ranking.web;

import org.integra.system.Roles;
import org.integra.system.Actor;
import org.integra.ranking.RankingPolicy;
import java.math.BigDecimal;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.integra.IntegraTest;
import org.integra.ranking.CandidateRanking;
import org.integra.ranking.RankingView;
import org.integra.ranking.ScoreScale;
import org.integra.ranking.ScoringModel;
import org.integra.ranking.ScoringModelVersion;
import org.integra.ranking.ScoringModels;
import org.integra.ranking.Shortlist;
import org.integra.ranking.engine.RankedAlternative;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class ScoreScaleAndTiesWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ScoringModels models;

	@Autowired
	CandidateRanking ranking;

	@Autowired
	Shortlist shortlist;

	private ScoringModelVersion publicData() {
		ScoringModel model = RankingOrderFixture.publicDataModel(this.models);
		return this.models.current(model.getId());
	}

	private String get(String path, String... params) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).param("lang", "en");
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void theApiReturnsScoresOnTheSameZeroToOneHundredScaleAsThePage() throws Exception {
		ScoringModelVersion version = publicData();
		RankedAlternative first = this.ranking.rank(version).result().ranked().get(0);
		String json = get("/api/v1/ranking", "model", Long.toString(version.getModelId()), "probabilities", "false");
		Number score = JsonPath.read(json, "$.items[0].score");
		assertThat(new BigDecimal(score.toString())).isEqualByComparingTo(ScoreScale.points(first.score()));
		assertThat(score.doubleValue()).isBetween(0.0, 100.0).isGreaterThan(1.0);
		String page = get("/ranking", "model", Long.toString(version.getModelId()));
		assertThat(page).contains("Score (0–100)");
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void tiedCitiesSayWithHowManyAndThePageSaysHowTiesCountInTheTop() throws Exception {
		ScoringModelVersion version = publicData();
		List<RankedAlternative> rows = this.ranking.rank(version).result().ranked();
		// size and port alone tie many of the plan's cities
		RankedAlternative tied = rows.stream()
			.filter((row) -> rows.stream().filter((other) -> other.rank() == row.rank()).count() > 1)
			.findFirst()
			.orElseThrow();
		long others = rows.stream().filter((other) -> other.rank() == tied.rank()).count() - 1;
		String page = get("/ranking", "model", Long.toString(version.getModelId()), "size", "100");
		assertThat(page).contains("tied with " + others + " others", "id=\"ranking-tie-rule\"",
				"each counts k/m of that sample");
		String explanation = get("/ranking/explain", "model", Long.toString(version.getModelId()), "city",
				tied.alternativeId());
		assertThat(explanation).contains("It shares its rank with " + others + " other");
	}

	@Test
	@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
	void aShortlistedCityIsNotOfferedAgainAndItsStoredScoreShowsWithItsModelVersion() throws Exception {
		ScoringModelVersion version = publicData();
		RankingView view = this.ranking.rank(version);
		RankedAlternative last = view.result().ranked().get(view.result().ranked().size() - 1);
		long city = Long.parseLong(last.alternativeId());
		if (this.shortlist.entriesOf(city).isEmpty()) {
			this.shortlist.add(city, version.getId(), "Prueba de la escala",
					RankingPolicy.of(Actor.of("coordinacion", Roles.COORDINATOR)));
		}
		String page = get("/ranking", "model", Long.toString(version.getModelId()), "size", "100");
		assertThat(page).doesNotContain("/ranking/shortlist/new?city=" + city + "&amp;").contains("Shortlisted on ");
		String form = get("/ranking/shortlist/new", "city", Long.toString(city), "version",
				Long.toString(version.getId()));
		assertThat(form).contains("has been on the shortlist since", "it is not shortlisted again")
			.doesNotContain("id=\"shortlist-form\"");
		BigDecimal points = ScoreScale.points(this.shortlist.entriesOf(city).get(0).getScore());
		String json = get("/api/v1/shortlist", "size", "500");
		List<Number> scores = JsonPath.read(json, "$.items[?(@.cityId == " + city + ")].score");
		assertThat(new BigDecimal(scores.get(0).toString())).isEqualByComparingTo(points);
		List<Integer> numbers = JsonPath.read(json, "$.items[?(@.cityId == " + city + ")].modelVersion");
		assertThat(numbers.get(0)).isEqualTo(version.getNumber());
		String board = get("/outreach/board");
		assertThat(board).contains("of 100 (" + RankingOrderFixture.publicDataModel(this.models).getName() + ", v"
				+ version.getNumber() + ")");
	}

}
