package org.integra.ranking.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.integra.IntegraTest;
import org.integra.ranking.Criterion;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.integra.ranking.ScoringModel;
import org.integra.ranking.ScoringModelVersion;
import org.integra.ranking.ScoringModels;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class ScoringModelWebTests {

	static final String PUBLIC_DATA = "Interés en la zona Mercosur (datos públicos)";

	@Autowired
	MockMvc mvc;

	@Autowired
	ScoringModels models;

	private Criterion criterion(String code) {
		return this.models.weighableCriteria()
			.stream()
			.filter((criterion) -> criterion.getCode().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private ScoringModel model(String name) {
		return this.models.all().stream().filter((model) -> model.getName().equals(name)).findFirst().orElseThrow();
	}

	/** A form post with the given weights per criterion code (others 0). */
	private MockHttpServletRequestBuilder form(String path, String name, Map<String, String> weights, long version) {
		return form(path, name, weights, version, "WEIGHTED_SUM", "STATUTE");
	}

	private MockHttpServletRequestBuilder form(String path, String name, Map<String, String> weights, long version,
			String method, String countryRule) {
		MockHttpServletRequestBuilder request = post(path).with(csrf())
			.param("lang", "en")
			.param("name", name)
			.param("description", "")
			.param("method", method)
			.param("excludeMembers", "true")
			.param("countryRule", countryRule)
			.param("note", "note of " + name)
			.param("version", String.valueOf(version));
		for (Criterion criterion : this.models.weighableCriteria()) {
			request.param("weights[" + criterion.getId() + "]", weights.getOrDefault(criterion.getCode(), "0"));
		}
		return request;
	}

	private long create(String name, Map<String, String> weights) throws Exception {
		MvcResult result = this.mvc.perform(form("/ranking/models/new", name, weights, 0))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/ranking/models/", ""));
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void everyoneSeesTheModelsButOnlyEditorsGetTheForms() throws Exception {
		this.mvc.perform(get("/ranking/models").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"models-table\"")))
			.andExpect(content().string(containsString("Plan 2017")))
			.andExpect(content().string(containsString("Weighted sum")))
			.andExpect(content().string(not(containsString("id=\"new-model\""))));
		long id = model(PUBLIC_DATA).getId();
		this.mvc.perform(get("/ranking/models/" + id).param("lang", "pt"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Versão 1 (vigente)")))
			.andExpect(content().string(containsString("id=\"versions-table\"")))
			.andExpect(content().string(not(containsString("id=\"edit-model\""))));
		this.mvc.perform(get("/ranking/models/" + id + "/versions/1").param("lang", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Suma ponderada")))
			.andExpect(content().string(containsString("quedan fuera")));
		this.mvc.perform(get("/ranking/models/new")).andExpect(status().isForbidden());
		this.mvc.perform(get("/ranking/models/" + id + "/edit")).andExpect(status().isForbidden());
		this.mvc.perform(post("/ranking/models/new").with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(get("/ranking/models/" + id + "/versions/99")).andExpect(status().isNotFound());
		this.mvc.perform(get("/ranking/models/999999")).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
	void theFormNamesEachWeighableCriterionInTheUsersLanguage() throws Exception {
		Criterion seaport = criterion("SEAPORT");
		this.mvc.perform(get("/ranking/models/new").param("lang", "pt"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(seaport.getNames().getPt())))
			.andExpect(content().string(containsString("name=\"weights[" + seaport.getId() + "]\"")))
			.andExpect(content().string(containsString("/js/ranking/model-form.js")));
	}

	@Test
	@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
	void badFormsShowAMessagePerFieldAndStoreNothing() throws Exception {
		int before = this.models.all().size();
		this.mvc.perform(form("/ranking/models/new", "", Map.of(), 0))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This field is required.")))
			.andExpect(content().string(containsString("At least one weight must be above zero.")));
		this.mvc
			.perform(form("/ranking/models/new", "Bad weights", Map.of("SEAPORT", "abc", "POPULATION_TIER", "-1"), 0))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Type a number, such as 25 or 12.5.")));
		this.mvc.perform(form("/ranking/models/new", "Negative", Map.of("POPULATION_TIER", "-1"), 0))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Weights cannot be negative.")));
		this.mvc.perform(form("/ranking/models/new", PUBLIC_DATA.toUpperCase(), Map.of("SEAPORT", "1"), 0))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Another scoring model already has this name.")));
		this.mvc
			.perform(form("/ranking/models/new", "Unknown criterion", Map.of("SEAPORT", "1"), 0)
				.param("weights[999999]", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("unknown or inactive criterion")));
		this.mvc.perform(form("/ranking/models/new", "Bad method", Map.of("SEAPORT", "1"), 0, "NOPE", "NOWHERE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The value does not have the expected format.")));
		assertThat(this.models.all()).hasSize(before);
	}

	@Test
	@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
	void savingAddsAVersionWithItsAuthorAndAStaleFormIsToldAndKept() throws Exception {
		long id = create("Web model", Map.of("POPULATION_TIER", "3", "SEAPORT", "1"));
		ScoringModelVersion first = this.models.current(id);
		assertThat(first.getNumber()).isEqualTo(1);
		assertThat(first.getCreatedBy()).isEqualTo("coordinacion");
		assertThat(first.weightOf(criterion("POPULATION_TIER").getId())).isEqualByComparingTo("3");
		assertThat(first.getPercentWeights().get(criterion("POPULATION_TIER").getId())).isEqualByComparingTo("75");
		long lock = this.models.get(id).getVersion();

		this.mvc.perform(get("/ranking/models/" + id + "/edit").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Saving adds version 2")));
		this.mvc.perform(form("/ranking/models/" + id + "/edit", "Web model", Map.of("SEAPORT", "1"), lock))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/ranking/models/" + id));
		ScoringModelVersion second = this.models.current(id);
		assertThat(second.getNumber()).isEqualTo(2);
		assertThat(second.getCreatedBy()).isEqualTo("coordinacion");
		assertThat(second.getNote()).isEqualTo("note of Web model");
		assertThat(second.getPercentWeights().get(criterion("SEAPORT").getId())).isEqualByComparingTo("100");
		assertThat(this.models.version(id, 1).getPercentWeights().get(criterion("SEAPORT").getId()))
			.isEqualByComparingTo("25");

		// a second person still holds the form of version 1
		this.mvc
			.perform(form("/ranking/models/" + id + "/edit", "Web model (mine)", Map.of("POPULATION_TIER", "7"), lock))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("coordinacion saved version 2 of this model")))
			.andExpect(content().string(containsString("value=\"Web model (mine)\"")))
			.andExpect(content().string(containsString("id=\"latest-version\"")))
			.andExpect(content().string(containsString("value=\"" + this.models.get(id).getVersion() + "\"")));
		assertThat(this.models.current(id).getNumber()).isEqualTo(2);
		assertThat(this.models.get(id).getName()).isEqualTo("Web model");
		// saving again, on top of version 2, adds version 3
		this.mvc
			.perform(form("/ranking/models/" + id + "/edit", "Web model (mine)", Map.of("POPULATION_TIER", "7"),
					this.models.get(id).getVersion()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.models.current(id).getNumber()).isEqualTo(3);
		assertThat(this.models.versions(id)).extracting(ScoringModelVersion::getNumber).containsExactly(3, 2, 1);
		this.mvc.perform(get("/ranking/models/" + id).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Version 3 (current)")))
			.andExpect(content().string(containsString("Web model (mine)")))
			.andExpect(content().string(containsString("id=\"compare-form\"")));
	}

	@Test
	@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
	void weightsOneOneOneAreStoredAsGivenAndTheFormShowsThemBack() throws Exception {
		long id = create("Thirds", Map.of("POPULATION_TIER", "1", "SEAPORT", "1", "INTERNATIONALISATION", "1"));
		ScoringModelVersion version = this.models.current(id);
		assertThat(version.weightOf(criterion("POPULATION_TIER").getId())).isEqualByComparingTo("1");
		assertThat(version.weightOf(criterion("SEAPORT").getId())).isEqualByComparingTo("1");
		assertThat(version.percentOf(criterion("SEAPORT").getId())).isEqualTo(100.0 / 3);
		String html = this.mvc.perform(get("/ranking/models/" + id + "/edit").param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.getElementById("weights" + criterion("SEAPORT").getId()).val()).isEqualTo("1");
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void thePlanModelsDescriptionAgreesWithItsWeights() {
		ScoringModel plan = model("Plan 2017 — acción 1");
		ScoringModelVersion version = this.models.current(plan.getId());
		Map<Long, BigDecimal> percent = version.getPercentWeights();
		BigDecimal size = percent.get(criterion("POPULATION_TIER").getId());
		BigDecimal port = percent.get(criterion("SEAPORT").getId());
		// four criteria with a quarter each; the first is measured by size and port
		assertThat(size.add(port)).isEqualByComparingTo("25");
		assertThat(percent.get(criterion("INTERNATIONALISATION").getId())).isEqualByComparingTo("25");
		assertThat(percent.get(criterion("THEMATIC_OVERLAP").getId())).isEqualByComparingTo("25");
		assertThat(percent.get(criterion("FEE_TO_BUDGET").getId())).isEqualByComparingTo("25");
		assertThat(plan.getDescription()).contains("25 %", "12,5 %", "tamaño", "puerto");
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void comparingTwoVersionsShowsRankChanges() throws Exception {
		ScoringModelVersion publicData = this.models.current(model(PUBLIC_DATA).getId());
		ScoringModelVersion plan = this.models.current(model("Plan 2017 — acción 1").getId());
		this.mvc.perform(get("/ranking/models/compare").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"compare-choose\"")));
		// the same version on both sides: nothing changes
		this.mvc
			.perform(get("/ranking/models/compare").param("lang", "en")
				.param("left", publicData.getId().toString())
				.param("right", publicData.getId().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"same-settings\"")))
			.andExpect(content().string(containsString("rank-same")))
			.andExpect(content().string(not(containsString("rank-up"))));
		// two models: the plan model lacks values the public data model does not need
		this.mvc
			.perform(get("/ranking/models/compare").param("lang", "en")
				.param("left", publicData.getId().toString())
				.param("right", plan.getId().toString())
				.param("top", "10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("compare-differs")))
			.andExpect(content().string(containsString("rank-incomplete_right")))
			.andExpect(content().string(containsString("incomplete on the right")));
		this.mvc
			.perform(get("/api/v1/scoring-models/compare").param("left", publicData.getId().toString())
				.param("right", plan.getId().toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.left.modelName").value(PUBLIC_DATA))
			.andExpect(jsonPath("$.top").value(50))
			.andExpect(jsonPath("$.counts.INCOMPLETE_RIGHT").value(greaterThan(0)))
			.andExpect(jsonPath("$.weights[*].code", hasItem("SEAPORT")));
		this.mvc.perform(get("/ranking/models/compare").param("left", "999999").param("right", "1"))
			.andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
	void changingWeightsOrCountriesMovesCitiesUpDownAndOut() throws Exception {
		long id = create("Compare model", Map.of("POPULATION_TIER", "1"));
		ScoringModelVersion sizeOnly = this.models.current(id);
		this.mvc
			.perform(form("/ranking/models/" + id + "/edit", "Compare model", Map.of("SEAPORT", "1"),
					this.models.get(id).getVersion(), "TOPSIS", "MERCOSUR_STATES"))
			.andExpect(status().is3xxRedirection());
		ScoringModelVersion portOnly = this.models.current(id);
		String json = this.mvc
			.perform(get("/api/v1/scoring-models/compare").param("left", sizeOnly.getId().toString())
				.param("right", portOnly.getId().toString())
				.param("top", "500"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, Integer> counts = JsonPath.read(json, "$.counts");
		assertThat(counts.get("UP") + counts.get("DOWN")).as("cities that moved, in %s", counts).isPositive();
		List<String> changes = JsonPath.read(json, "$.rows[*].change");
		assertThat(changes).contains("UP", "DOWN");
		String html = this.mvc
			.perform(get("/ranking/models/compare").param("lang", "en")
				.param("left", sizeOnly.getId().toString())
				.param("right", portOnly.getId().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rank-up")))
			.andExpect(content().string(containsString("rank-down")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.getElementById("compare-method").hasClass("compare-differs")).isTrue();
		assertThat(page.getElementById("compare-countries").hasClass("compare-differs")).isTrue();
		assertThat(page.getElementById("compare-members").hasClass("compare-differs")).isFalse();
		assertThat(page.select("tr.rank-up .rank-change-cell").first().text()).startsWith("▲ up ");
		if (counts.get("LEFT_OUT") > 0) {
			assertThat(changes).contains("LEFT_OUT");
		}
	}

	@Test
	@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
	void apiCreatesReadsSavesVersionsAndRefusesStaleOrBadBodies() throws Exception {
		long population = criterion("POPULATION_TIER").getId();
		String body = "{\"name\":\"API model\",\"method\":\"TOPSIS\",\"countryRule\":\"STATUTE\",\"weights\":["
				+ "{\"criterionId\":" + population + ",\"weight\":3},{\"code\":\"SEAPORT\",\"weight\":1}],"
				+ "\"note\":\"first\"}";
		String created = this.mvc
			.perform(post("/api/v1/scoring-models").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/scoring-models/")))
			.andExpect(jsonPath("$.currentNumber").value(1))
			.andExpect(jsonPath("$.current.method").value("TOPSIS"))
			.andExpect(jsonPath("$.current.createdBy").value("coordinacion"))
			.andExpect(jsonPath("$.current.weights[?(@.code == 'POPULATION_TIER')].weight").value(hasItem(3)))
			.andExpect(jsonPath("$.current.weights[?(@.code == 'POPULATION_TIER')].percent").value(hasItem(75.0)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(created, "$.id");
		int lock = JsonPath.read(created, "$.version");
		this.mvc.perform(get("/api/v1/scoring-models"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].name", hasItem("API model")));
		this.mvc.perform(get("/api/v1/scoring-models/" + id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.current.number").value(1));

		String change = "{\"name\":\"API model\",\"method\":\"WEIGHTED_SUM\",\"excludeMembers\":false,"
				+ "\"weights\":[{\"code\":\"SEAPORT\",\"weight\":1}],\"note\":\"second\",\"version\":" + lock + "}";
		this.mvc
			.perform(put("/api/v1/scoring-models/" + id).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(change))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.currentNumber").value(2))
			.andExpect(jsonPath("$.current.excludeMembers").value(false))
			.andExpect(jsonPath("$.current.note").value("second"));
		this.mvc
			.perform(put("/api/v1/scoring-models/" + id).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(change))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(this.models.current(id).getNumber()).isEqualTo(2);
		this.mvc.perform(get("/api/v1/scoring-models/" + id + "/versions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].number").value(2))
			.andExpect(jsonPath("$.items[1].number").value(1));
		this.mvc.perform(get("/api/v1/scoring-models/" + id + "/versions/1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.note").value("first"))
			.andExpect(jsonPath("$.weights.length()").value(2));
		this.mvc.perform(get("/api/v1/scoring-models/" + id + "/versions/7"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		this.mvc
			.perform(post("/api/v1/scoring-models").with(csrf())
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\" \",\"method\":\"MAGIC\",\"countryRule\":\"EVERYWHERE\","
						+ "\"weights\":[{\"criterionId\":999999,\"weight\":1}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("method")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("countryRule")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("weights")));
		this.mvc
			.perform(post("/api/v1/scoring-models").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Zero\",\"weights\":[{\"code\":\"SEAPORT\",\"weight\":0},"
						+ "{\"code\":\"SEAPORT\",\"weight\":1}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("weights")));
		this.mvc
			.perform(post("/api/v1/scoring-models").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"API model\",\"weights\":[{\"code\":\"SEAPORT\",\"weight\":1}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")));
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void readOnlyRolesCannotWriteThroughTheApi() throws Exception {
		this.mvc
			.perform(post("/api/v1/scoring-models").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Nope\",\"weights\":[{\"code\":\"SEAPORT\",\"weight\":1}]}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/scoring-models")).andExpect(status().isOk());
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/scoring-models'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/scoring-models/{id}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/scoring-models/{id}/versions/{number}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/scoring-models/compare'].get").exists());
		this.mvc.perform(get("/api/v1/scoring-models/compare").param("left", "x").param("right", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(this.models.all()).extracting(ScoringModel::getName).doesNotContain("Nope");
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void theListLinksToCreationForEditors() throws Exception {
		this.mvc.perform(get("/ranking/models").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"new-model\"")))
			.andExpect(content().string(containsString("/ranking/models/new")))
			.andExpect(content().string(not(containsString("id=\"models-empty\""))));
		this.mvc.perform(get("/ranking/models/new").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Only cities of Mercosur state parties")));
	}

}
