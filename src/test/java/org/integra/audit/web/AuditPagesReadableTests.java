package org.integra.audit.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.integra.IntegraTest;
import org.integra.audit.AuditAction;
import org.integra.audit.AuditFieldChange;
import org.integra.audit.AuditTrail;
import org.integra.system.SupportedLanguages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit trail and a record's history read in the user's language: no stored type,
 * field or enum names, referenced records by name with a link, times to the second in the
 * display zone (America/La_Paz, UTC-4).
 */
@IntegraTest
class AuditPagesReadableTests {

	static final String NANOSECONDS = "\\d{2}:\\d{2}:\\d{2}\\.\\d";

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	String token;

	long cityId;

	String cityName;

	@BeforeEach
	void entries() {
		this.token = "readable-" + UUID.randomUUID().toString().substring(0, 8);
		this.cityId = this.jdbc.sql("select min(id) from city").query(Long.class).single();
		this.cityName = this.jdbc.sql("select name from city where id = ?")
			.param(this.cityId)
			.query(String.class)
			.single();
		Instant at = Instant.parse("2026-03-04T15:06:07.123456789Z");
		this.trail.record(AuditAction.UPDATE, "City", String.valueOf(this.cityId), this.token, "ana", at,
				List.of(new AuditFieldChange("networkRelation", "NONE", "CANDIDATE"),
						new AuditFieldChange("createdAt", null, "2026-03-04T15:06:07.123456789Z")));
		this.trail.record(AuditAction.CREATE, "Interaction", "987654321", this.token, "system", at,
				List.of(new AuditFieldChange("channel", null, "EMBASSY_IN_LA_PAZ"),
						new AuditFieldChange("cityId", null, String.valueOf(this.cityId)),
						new AuditFieldChange("nextStepDue", null, "2026-04-01")));
	}

	@Test
	void theTrailReadsInEachLanguage() throws Exception {
		for (Locale language : SupportedLanguages.ALL) {
			String html = this.mvc
				.perform(get("/admin/audit").param("q", this.token)
					.header("Accept-Language", language.getLanguage())
					.with(user("admin").roles("ADMIN")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertReadable(html, language);
			Document page = Jsoup.parse(html);
			assertThat(page.select("#audit-entries tbody tr")).hasSize(2);
			assertThat(page.select(".audit-record").text()).contains(message("audit.entity.City", language))
				.contains(message("audit.entity.Interaction", language))
				.contains(message("audit.value.gone", language));
			assertThat(page.select(".audit-record a[href=/cities/" + this.cityId + "]").text())
				.isEqualTo(this.cityName);
			assertThat(page.select(".audit-changes a[href=/cities/" + this.cityId + "]").text())
				.isEqualTo(this.cityName);
			assertThat(page.text()).contains(message("audit.who.system", language))
				.contains(message("outreach.channel.EMBASSY_IN_LA_PAZ", language))
				.contains(message("audit.field.Interaction.nextStepDue", language))
				.contains(message("audit.times.zone", language).replace("{0}", "America/La_Paz"));
		}
	}

	@Test
	void aRecordsHistoryReadsInEachLanguage() throws Exception {
		for (Locale language : SupportedLanguages.ALL) {
			String html = this.mvc
				.perform(get("/test/audit/records/{type}/{id}", "City", this.cityId)
					.header("Accept-Language", language.getLanguage())
					.with(user("lena").roles("VIEWER")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertReadable(html, language);
			assertThat(Jsoup.parse(html).select(".audit-history").text())
				.contains(message("cities.relation.CANDIDATE", language));
		}
	}

	private void assertReadable(String html, Locale language) {
		assertThat(html).as(language.getLanguage())
			.doesNotContain("??")
			.doesNotContain("CANDIDATE")
			.doesNotContain("EMBASSY_IN_LA_PAZ")
			.doesNotContain("networkRelation")
			.doesNotContain("nextStepDue")
			.doesNotContain("createdAt")
			.doesNotContain(" UTC")
			.doesNotContainPattern(NANOSECONDS)
			// 15:06:07 UTC in La Paz, to the second
			.contains("2026-03-04 11:06:07");
		assertThat(Jsoup.parse(html).select(".audit-field").eachText())
			.noneMatch((field) -> field.matches(".*[a-z][A-Z].*"));
	}

	private String message(String key, Locale language) {
		return this.messages.getMessage(key, null, language);
	}

}
