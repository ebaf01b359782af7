package org.integra.ranking.web;

import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.integra.ranking.CandidateRanking;
import org.integra.ranking.RankingView;
import org.integra.ranking.ScoringModel;
import org.integra.ranking.ScoringModels;
import org.integra.ranking.engine.RankedAlternative;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
@WithMockUser(roles = "VIEWER")
class RankingPageWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ScoringModels models;

	@Autowired
	CandidateRanking ranking;

	@Autowired
	JdbcClient jdbc;

	RankingOrderFixture.Data fixture;

	@BeforeEach
	void fixture() {
		this.fixture = RankingOrderFixture.ensure(this.context);
	}

	private ScoringModel model(String name) {
		return this.models.all().stream().filter((model) -> model.getName().equals(name)).findFirst().orElseThrow();
	}

	private String page(String url, Object... parameters) throws Exception {
		var request = get(url).param("lang", "en");
		for (int i = 0; i < parameters.length; i += 2) {
			request = request.param(parameters[i].toString(), parameters[i + 1].toString());
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private void assertOrder(String html, long first, long second, long third) {
		int a = html.indexOf("id=\"rank-row-" + first + "\"");
		int b = html.indexOf("id=\"rank-row-" + second + "\"");
		int c = html.indexOf("id=\"rank-row-" + third + "\"");
		assertThat(a).as("first row").isPositive();
		assertThat(a).isLessThan(b);
		assertThat(b).isLessThan(c);
	}

	@Test
	void pageRanksTheDemoCandidatesWithSlidersBarsAndALazyRobustnessPanel() throws Exception {
		ScoringModel demo = RankingOrderFixture.publicDataModel(this.models);
		RankingView view = this.ranking.rank(this.models.current(demo.getId()));
		RankedAlternative first = view.result().ranked().get(0);
		String html = page("/ranking", "model", demo.getId());
		assertThat(html)
			.contains("<html", "id=\"ranking-table\"", "id=\"model-select\"", demo.getName(),
					"id=\"rank-row-" + first.alternativeId() + "\"", "hx-trigger=\"input changed delay:250ms, submit\"",
					"type=\"range\"", "class=\"rank-bar\"", "id=\"ranking-legend\"", "id=\"ranking-ineligible\"",
					"href=\"/ranking/explain?city=" + first.alternativeId() + "&amp;model=" + demo.getId(),
					"href=\"/cities/" + first.alternativeId() + "\"")
			.contains("hx-trigger=\"load\"", "/ranking/robustness?model=" + demo.getId())
			.doesNotContain("ranking-shortlist\"")
			.doesNotContain("style=");
	}

	@Test
	void movingTheWeightsChangesTheOrder() throws Exception {
		long[] cities = this.fixture.cities().stream().mapToLong(Long::longValue).toArray();
		String model = page("/ranking", "model", this.fixture.modelId());
		assertOrder(model, cities[0], cities[1], cities[2]);
		assertThat(model).doesNotContain("id=\"ranking-custom\"");
		String reversed = page("/ranking", "model", this.fixture.modelId(), "w" + this.fixture.criterionA(), "0",
				"w" + this.fixture.criterionB(), "100");
		assertOrder(reversed, cities[2], cities[1], cities[0]);
		assertThat(reversed).contains("id=\"ranking-custom\"", "id=\"reset-weights\"");
	}

	@Test
	void anHtmxRequestGetsOnlyTheResults() throws Exception {
		this.mvc
			.perform(get("/ranking").header("HX-Request", "true")
				.param("model", Long.toString(this.fixture.modelId()))
				.param("w" + this.fixture.criterionA(), "0")
				.param("w" + this.fixture.criterionB(), "100"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"ranking-results\"")))
			.andExpect(content().string(containsString("id=\"ranking-table\"")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("id=\"ranking-form\""))));
	}

	@Test
	void theRobustnessFragmentGivesIntervalsAndEachRowsProbability() throws Exception {
		String html = this.mvc
			.perform(get("/ranking/robustness").header("HX-Request", "true")
				.param("lang", "en")
				.param("model", Long.toString(this.fixture.modelId()))
				.param("top", "2"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html)
			.contains("id=\"ranking-robustness\"", "id=\"robustness-intervals\"", "Order A: 60",
					"id=\"p-" + this.fixture.cities().get(0) + "\" hx-swap-oob=\"true\"", "10,000 samples")
			.doesNotContain("<html");
		// without htmx, the whole page with the probabilities in the table
		String full = page("/ranking/robustness", "model", this.fixture.modelId(), "top", "2");
		assertThat(full).contains("<html", "id=\"robustness-intervals\"", "In top 2")
			.doesNotContain("hx-trigger=\"load\"");
	}

	@Test
	void badParametersGiveAMessageNotAnError() throws Exception {
		String html = page("/ranking", "model", "abc", "w1", "-3", "page", "0", "top", "0", "spread", "99", "country",
				"Brasil");
		assertThat(html).contains("id=\"ranking-problems\"", "A weight must be a number from 0 to 100",
				"The top N must be a whole number", "id=\"ranking-table\"");
		assertThat(page("/ranking", "model", "999999")).contains("There is no such model");
		assertThat(page("/ranking", "model", this.fixture.modelId(), "w" + this.fixture.criterionA(), "0",
				"w" + this.fixture.criterionB(), "0"))
			.contains("At least one weight must be above zero");
		assertThat(page("/ranking", "page", "100000")).contains("There are fewer pages");
		for (String hostile : HostileInputs.ALL) {
			for (String parameter : new String[] { "model", "w1", "page", "top", "spread", "country", "size" }) {
				assertThat(page("/ranking", parameter, hostile)).doesNotContain(hostile);
				this.mvc.perform(get("/ranking/map/data").param(parameter, hostile)).andExpect(status().isOk());
				this.mvc.perform(get("/ranking/explain").param("city", hostile).param(parameter, hostile))
					.andExpect(status().isOk());
			}
		}
	}

	@Test
	void thePlanModelRanksTheEvidencedCitiesAndSaysWhatTheOthersLackAndWhereToEnterIt() throws Exception {
		ScoringModel plan = model("Plan 2017 — acción 1");
		String html = page("/ranking", "model", plan.getId());
		assertThat(html)
			.contains("id=\"ranking-table\"", "id=\"ranking-incomplete\"", "id=\"ranking-missing\"",
					"href=\"/ranking/cities/", "Internationalisation")
			.doesNotContain("id=\"ranking-none-ranked\"");
	}

	@Test
	void theCountryFilterShowsOnlyThatCountry() throws Exception {
		long city = this.fixture.cities().get(0);
		String country = this.jdbc.sql("select country_code from city where id = ?")
			.param(city)
			.query(String.class)
			.single();
		String html = page("/ranking", "model", this.fixture.modelId(), "country", country);
		assertThat(html).contains("id=\"rank-row-" + city + "\"");
		assertThat(page("/ranking", "model", this.fixture.modelId(), "country", "ZZ")).contains("id=\"ranking-empty\"");
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void editorsGetAShortlistLinkPerRow() throws Exception {
		String html = page("/ranking", "model", this.fixture.modelId());
		assertThat(html).contains("/ranking/shortlist/new?city=" + this.fixture.cities().get(0) + "&amp;version="
				+ this.fixture.versionId());
	}

	@Test
	void theExplanationTellsRankScoreAndWhatTheCityNeeds() throws Exception {
		long second = this.fixture.cities().get(1);
		String html = page("/ranking/explain", "city", second, "model", this.fixture.modelId());
		assertThat(html).contains("is ranked 2 of 3", "id=\"explain-table\"", "Order A", "Order B",
				"more points to reach rank 1", "60 %");
		String reversed = page("/ranking/explain", "city", this.fixture.cities().get(2), "model",
				this.fixture.modelId(), "w" + this.fixture.criterionA(), "0", "w" + this.fixture.criterionB(), "100");
		assertThat(reversed).contains("is ranked 1 of 3", "It is first", "with the weights being tried out");
		String spanish = this.mvc
			.perform(get("/ranking/explain").param("lang", "es")
				.param("city", Long.toString(second))
				.param("model", Long.toString(this.fixture.modelId())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(spanish).contains("ocupa el puesto 2 de 3");
	}

	@Test
	void aTopsisModelRanksAndExplainsWithDistances() throws Exception {
		long topsis = this.fixture.topsisModelId();
		String html = page("/ranking", "model", topsis);
		assertThat(html).contains("id=\"ranking-table\"", "TOPSIS", "class=\"rank-bar\"");
		String explanation = page("/ranking/explain", "city", this.fixture.cities().get(1), "model", topsis);
		assertThat(explanation).contains("closeness to an ideal city", "of its distance from the worst profile",
				"Pushes it up", "Holds it back");
		this.mvc.perform(get("/api/v1/ranking").param("model", Long.toString(topsis)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.method").value("TOPSIS"))
			.andExpect(jsonPath("$.items[0].contributions[0].gapToIdeal").isNumber());
	}

	@Test
	void theExplanationOfACityNotRankedSaysWhy() throws Exception {
		long member = this.jdbc.sql("select min(id) from city where network_relation = 'MEMBER'")
			.query(Long.class)
			.single();
		assertThat(page("/ranking/explain", "city", member, "model",
				RankingOrderFixture.publicDataModel(this.models).getId()))
			.contains("eligibility rules leave it out");
		ScoringModel plan = model("Plan 2017 — acción 1");
		long incomplete = Long.parseLong(
				this.ranking.rank(this.models.current(plan.getId())).result().incomplete().get(0).alternativeId());
		assertThat(page("/ranking/explain", "city", incomplete, "model", plan.getId())).contains("it lacks values for",
				"id=\"explain-enter-values\"");
		assertThat(page("/ranking/explain")).contains("Choose a city from the ranking");
		this.mvc.perform(get("/ranking/explain").param("city", "999999999")).andExpect(status().isNotFound());
	}

	@Test
	void theMapDataListRankedCitiesWithCoordinates() throws Exception {
		this.mvc.perform(get("/ranking/map/data").param("model", Long.toString(this.fixture.modelId())))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.ranked").value(3))
			.andExpect(jsonPath("$.cities[0].id").value(this.fixture.cities().get(0)))
			.andExpect(jsonPath("$.cities[0].rank").value(1))
			.andExpect(jsonPath("$.cities[0].lat").isNumber())
			.andExpect(jsonPath("$.cities[0].score").isNumber());
		assertThat(page("/ranking/map", "model", this.fixture.modelId())).contains("id=\"ranking-map\"",
				"/ranking/map/data?model=" + this.fixture.modelId());
	}

	@Test
	void theApiRanksWithContributionsProbabilitiesAndPages() throws Exception {
		String model = Long.toString(this.fixture.modelId());
		this.mvc.perform(get("/api/v1/ranking").param("model", model).param("top", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.modelId").value(this.fixture.modelId()))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.method").value("WEIGHTED_SUM"))
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.items", hasSize(3)))
			.andExpect(jsonPath("$.items[0].rank").value(1))
			.andExpect(jsonPath("$.items[0].cityId").value(this.fixture.cities().get(0)))
			.andExpect(jsonPath("$.items[0].contributions[0].code").value("ZZ_ORDER_A"))
			.andExpect(jsonPath("$.items[0].contributions[0].weight").value(0.6))
			.andExpect(jsonPath("$.items[0].topNProbability").isNumber())
			.andExpect(jsonPath("$.samples").value(greaterThan(9999)))
			.andExpect(jsonPath("$.incompleteCount").value(greaterThan(0)))
			.andExpect(jsonPath("$.incomplete[0].missingCriteria[0]").isString())
			.andExpect(jsonPath("$.ineligible").value(greaterThan(0)));
		this.mvc
			.perform(get("/api/v1/ranking").param("model", model)
				.param("size", "1")
				.param("page", "1")
				.param("w" + this.fixture.criterionA(), "0")
				.param("w" + this.fixture.criterionB(), "100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.customWeights").value(true))
			.andExpect(jsonPath("$.totalPages").value(3))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].rank").value(2))
			.andExpect(jsonPath("$.items[0].cityId").value(this.fixture.cities().get(1)));
		this.mvc.perform(get("/api/v1/ranking").param("model", model).param("page", "9"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0));
		this.mvc.perform(get("/api/v1/ranking").param("model", model).param("probabilities", "false"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].rank").value(1))
			.andExpect(jsonPath("$.items[0].topNProbability").doesNotExist());
		this.mvc.perform(get("/api/v1/ranking"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.modelId").value(this.models.first().getId()));
	}

	@Test
	void theApiAnswersProblemsForBadParametersAndUnknownModels() throws Exception {
		this.mvc.perform(get("/api/v1/ranking").param("top", "0").param("size", "501"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.problems", hasSize(2)));
		this.mvc.perform(get("/api/v1/ranking").param("page", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0]").value("ranking.api.param.page"));
		this.mvc
			.perform(get("/api/v1/ranking").param("model", Long.toString(this.fixture.modelId()))
				.param("w" + this.fixture.criterionA(), "0"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/ranking").param("model", "999999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("999")));
		for (String hostile : HostileInputs.ALL) {
			this.mvc.perform(get("/api/v1/ranking").param("model", hostile).param("w1", hostile))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(not(containsString("<script>"))));
		}
	}

}
