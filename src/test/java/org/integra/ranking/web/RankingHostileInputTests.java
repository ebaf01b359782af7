package org.integra.ranking.web;

import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.integra.ranking.CriterionRepository;
import org.integra.ranking.ThematicUnitRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
@WithMockUser(roles = "ADMIN")
class RankingHostileInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CriterionRepository criteria;

	@Autowired
	ThematicUnitRepository units;

	@Test
	void hostileCodesAreRefusedAndNothingIsStored() throws Exception {
		long criteriaBefore = this.criteria.count();
		long unitsBefore = this.units.count();
		for (String hostile : HostileInputs.ALL) {
			this.mvc
				.perform(post("/ranking/criteria/new").with(csrf())
					.param("code", hostile)
					.param("nameEs", hostile)
					.param("namePt", hostile)
					.param("nameEn", hostile)
					.param("kind", hostile)
					.param("direction", "MORE_IS_BETTER")
					.param("derivation", "NONE")
					.param("levels", hostile))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(HostileInputs.SCRIPT))))
				.andExpect(content().string(not(containsString(HostileInputs.ATTRIBUTE_BREAKOUT))));
			this.mvc
				.perform(post("/ranking/units/new").with(csrf())
					.param("code", hostile)
					.param("nameEs", hostile)
					.param("namePt", hostile)
					.param("source", hostile))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(HostileInputs.SCRIPT))));
			this.mvc
				.perform(post("/api/v1/criteria").with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"code\":" + quote(hostile) + ",\"nameEs\":\"a\",\"namePt\":\"a\",\"nameEn\":\"a\","
							+ "\"kind\":\"NUMBER\",\"direction\":\"MORE_IS_BETTER\",\"derivation\":\"NONE\"}"))
				.andExpect(status().isBadRequest());
			this.mvc
				.perform(post("/ranking/fees").with(csrf())
					.param("min", hostile)
					.param("max", "")
					.param("amount", hostile)
					.param("currency", hostile)
					.param("year", hostile)
					.param("illustrative", hostile))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(HostileInputs.SCRIPT))));
		}
		assertThat(this.criteria.count()).isEqualTo(criteriaBefore);
		assertThat(this.units.count()).isEqualTo(unitsBefore);
	}

	@Test
	void hostileNamesAreStoredAsTextAndEscaped() throws Exception {
		this.mvc
			.perform(post("/ranking/units/new").with(csrf())
				.param("code", "HOSTILE_UNIT")
				.param("nameEs", HostileInputs.SCRIPT)
				.param("namePt", HostileInputs.ATTRIBUTE_BREAKOUT)
				.param("nameEn", HostileInputs.NON_BMP)
				.param("active", "true"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/ranking/units"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(HostileInputs.SCRIPT))))
			.andExpect(content().string(containsString("&lt;script&gt;")));
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
