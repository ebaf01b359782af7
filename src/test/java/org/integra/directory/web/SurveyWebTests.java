package org.integra.directory.web;

import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class SurveyWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithMockUser(roles = "VIEWER")
	void everyCountryIsListedWithItsAssociations() throws Exception {
		this.mvc.perform(get("/directory/survey").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"survey-PE\"")))
			.andExpect(content().string(containsString("id=\"survey-UY\"")))
			.andExpect(content().string(containsString("Not started")));
		this.mvc.perform(get("/directory/survey/pe").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("REMURPE")))
			.andExpect(content().string(not(containsString("id=\"survey-form\""))));
		this.mvc.perform(get("/directory/survey/XX")).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(username = "secretaria", roles = "SECRETARIAT")
	void theSecretariatRecordsAStatusAndWhatIsMissingAndAStaleFormIsRefused() throws Exception {
		this.mvc
			.perform(post("/directory/survey/EC").with(csrf())
				.param("status", "IN_PROGRESS")
				.param("missing", "Confirmar la AME y los espacios de coordinación provinciales")
				.param("version", "0"))
			.andExpect(redirectedUrl("/directory/survey/EC"));
		this.mvc.perform(get("/directory/survey/EC").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("In progress")))
			.andExpect(content().string(containsString("Confirmar la AME")))
			.andExpect(content().string(containsString("Noted by secretaria")));
		this.mvc
			.perform(post("/directory/survey/EC").with(csrf())
				.param("status", "COMPLETE")
				.param("version", "0")
				.param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this survey")));
		this.mvc.perform(get("/directory/survey/EC").param("lang", "en"))
			.andExpect(content().string(containsString("In progress")));
	}

	@Test
	@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
	void hostileTextIsEscapedAndBadInputIsRefusedWithAMessage() throws Exception {
		this.mvc
			.perform(post("/directory/survey/CO").with(csrf())
				.param("status", "IN_PROGRESS")
				.param("missing", HostileInputs.SCRIPT + "\u0000")
				.param("version", "0"))
			.andExpect(redirectedUrl("/directory/survey/CO"));
		this.mvc.perform(get("/directory/survey/CO"))
			.andExpect(content().string(not(containsString(HostileInputs.SCRIPT))))
			.andExpect(content().string(containsString("&lt;script&gt;")));
		this.mvc
			.perform(post("/directory/survey/CO").with(csrf())
				.param("status", "DONE")
				.param("version", "1")
				.param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That status does not exist.")));
		this.mvc
			.perform(post("/directory/survey/CO").with(csrf())
				.param("status", "COMPLETE")
				.param("missing", "x".repeat(4001))
				.param("version", "1")
				.param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The text is too long")));
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void theSurveyIsSortedByTheCountrysNameInTheUsersLanguage() throws Exception {
		for (String language : new String[] { "es", "en", "pt" }) {
			String html = this.mvc.perform(get("/directory/survey").header("Accept-Language", language))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			java.util.List<String> names = org.jsoup.Jsoup.parse(html)
				.select("tr[id^=survey-] td:first-child a")
				.eachText();
			java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.forLanguageTag(language));
			collator.setStrength(java.text.Collator.PRIMARY);
			// a row for every country Integra holds
			org.assertj.core.api.Assertions.assertThat(names)
				.hasSize(this.jdbc.sql("select count(*) from country").query(Integer.class).single())
				.isSortedAccordingTo(collator);
		}
	}

}
