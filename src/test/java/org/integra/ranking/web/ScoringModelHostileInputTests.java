package org.integra.ranking.web;

import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.integra.ranking.Criterion;
import org.integra.ranking.ScoringModel;
import org.integra.ranking.ScoringModels;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ScoringModelHostileInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ScoringModels models;

	private long anyModel() {
		return this.models.all().get(0).getId();
	}

	private MockHttpServletRequestBuilder hostileForm(String path, String hostile, long version) {
		MockHttpServletRequestBuilder request = post(path).with(csrf())
			.param("name", hostile)
			.param("description", hostile)
			.param("method", hostile)
			.param("excludeMembers", hostile)
			.param("countryRule", hostile)
			.param("note", hostile)
			.param("version", String.valueOf(version))
			.param("weights[" + hostile + "]", "1");
		for (Criterion criterion : this.models.weighableCriteria()) {
			request.param("weights[" + criterion.getId() + "]", hostile);
		}
		return request;
	}

	@Test
	void hostileFormsAreRefusedEscapedAndStoreNothing() throws Exception {
		int before = this.models.all().size();
		long id = anyModel();
		int number = this.models.get(id).getCurrentNumber();
		long lock = this.models.get(id).getVersion();
		for (String hostile : HostileInputs.ALL) {
			for (String path : new String[] { "/ranking/models/new", "/ranking/models/" + id + "/edit" }) {
				MvcResult result = this.mvc.perform(hostileForm(path, hostile, lock)).andReturn();
				HostileInputs.assertNotServerError(result);
				assertThat(result.getResponse().getStatus()).as("%s with %s", path, HostileInputs.describe(hostile))
					.isEqualTo(200);
				HostileInputs.assertRenderedEscaped(result.getResponse().getContentAsString(), hostile);
			}
			MvcResult version = this.mvc.perform(get("/ranking/models/" + id + "/versions/" + hostile)).andReturn();
			HostileInputs.assertNotServerError(version);
			MvcResult compare = this.mvc.perform(
					get("/ranking/models/compare").param("left", hostile).param("right", hostile).param("top", hostile))
				.andExpect(status().isOk())
				.andReturn();
			HostileInputs.assertRenderedEscaped(compare.getResponse().getContentAsString(), hostile);
		}
		assertThat(this.models.all()).hasSize(before);
		assertThat(this.models.get(id).getCurrentNumber()).isEqualTo(number);
	}

	@Test
	void hostileApiBodiesAreRefusedAsProblems() throws Exception {
		int before = this.models.all().size();
		long id = anyModel();
		for (String hostile : HostileInputs.ALL) {
			String json = quote(hostile);
			String[] bodies = {
					"{\"name\":" + json + ",\"method\":" + json + ",\"countryRule\":" + json + ",\"note\":" + json
							+ ",\"weights\":[{\"code\":" + json + ",\"weight\":1}]}",
					"{\"name\":\"x\",\"weights\":[{\"criterionId\":" + json + ",\"weight\":1}]}",
					"{\"name\":\"x\",\"weights\":[{\"code\":\"SEAPORT\",\"weight\":" + json + "}]}",
					"{\"name\":\"x\",\"weights\":" + json + "}", "{\"name\":\"x\",\"version\":" + json + "}" };
			for (String body : bodies) {
				MvcResult created = this.mvc
					.perform(post("/api/v1/scoring-models").with(csrf())
						.contentType(MediaType.APPLICATION_JSON)
						.content(body))
					.andExpect(status().isBadRequest())
					.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
					.andReturn();
				assertThat(created.getResponse().getContentAsString()).doesNotContain(HostileInputs.SCRIPT);
				this.mvc
					.perform(put("/api/v1/scoring-models/" + id).with(csrf())
						.contentType(MediaType.APPLICATION_JSON)
						.content(body))
					.andExpect(status().isBadRequest());
			}
			MvcResult compare = this.mvc
				.perform(get("/api/v1/scoring-models/compare").param("left", hostile).param("right", hostile))
				.andExpect(status().isBadRequest())
				.andReturn();
			HostileInputs.assertNotServerError(compare);
		}
		assertThat(this.models.all()).hasSize(before);
	}

	@Test
	void hostileNamesAreStoredAsTextAndShownEscaped() throws Exception {
		// not HostileInputs' own strings: the stored model is listed by the API as JSON
		// (raw, rightly), and HostileInputsTests checks every route for those strings
		String script = "<script>alert('model')</script>";
		String breakout = "\"><b id=\"injected\">model</b>";
		String nonBmp = "𝔐𝔬𝔡𝔢𝔩 😀";
		Criterion criterion = this.models.weighableCriteria().get(0);
		this.mvc
			.perform(post("/ranking/models/new").with(csrf())
				.param("name", script)
				.param("description", breakout)
				.param("note", nonBmp)
				.param("method", "TOPSIS")
				.param("countryRule", "STATUTE")
				.param("weights[" + criterion.getId() + "]", "1"))
			.andExpect(status().is3xxRedirection());
		ScoringModel model = this.models.all()
			.stream()
			.filter((scoring) -> scoring.getName().equals(script))
			.findFirst()
			.orElseThrow();
		assertThat(this.models.current(model.getId()).getNote()).isEqualTo(nonBmp);
		for (String path : new String[] { "/ranking/models", "/ranking/models/" + model.getId(),
				"/ranking/models/" + model.getId() + "/versions/1", "/ranking/models/" + model.getId() + "/edit",
				"/ranking/models/compare?left=" + this.models.current(model.getId()).getId() + "&right="
						+ this.models.current(anyModel()).getId() }) {
			String html = this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(script))))
				.andReturn()
				.getResponse()
				.getContentAsString();
			HostileInputs.assertRenderedEscaped(html, script);
			HostileInputs.assertRenderedEscaped(html, breakout);
			assertThat(Jsoup.parse(html).getElementById("injected")).as("element injected on %s", path).isNull();
			assertThat(html).contains("&lt;script&gt;alert(&#39;model&#39;)&lt;/script&gt;");
		}
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
