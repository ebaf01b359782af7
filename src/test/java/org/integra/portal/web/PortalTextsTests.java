package org.integra.portal.web;

import org.integra.IntegraTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class PortalTextsTests {

	static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	static final RequestPostProcessor COORDINATOR = user("coordinacion").roles("COORDINATOR");

	static final String FORM = "/portal/admin/texts/advantages/en";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdminEditsATextAndThePortalRendersItsMarkdown() throws Exception {
		String version = currentVersion();
		this.mvc.perform(post(FORM).with(ADMIN)
			.with(csrf())
			.param("version", version)
			.param("body", "## Shared work\n\n- **Thematic units** for every city\n- [Sources](https://example.org)"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/portal/admin/texts"));
		Document portal = portal();
		assertThat(portal.select("#portal-advantages h2").eachText()).contains("Shared work");
		assertThat(portal.select("#portal-advantages li strong").text()).isEqualTo("Thematic units");
		assertThat(portal.select("#portal-advantages a[href=https://example.org]")).hasSize(1);
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where entity_type = 'PortalText' and username = 'admin'")
			.query(Long.class)
			.single()).as("the change is in the audit trail").isPositive();
	}

	@Test
	void scriptsHandlersAndJavascriptLinksAreRemoved() throws Exception {
		String version = currentVersion();
		this.mvc
			.perform(post(FORM).with(ADMIN)
				.with(csrf())
				.param("version", version)
				.param("body",
						"Safe words\n\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n"
								+ "[bad](javascript:alert(2)) <a href=\"javascript:alert(3)\">raw</a>"))
			.andExpect(status().is3xxRedirection());
		Document portal = portal();
		String html = portal.select("#portal-advantages").outerHtml();
		assertThat(portal.select("#portal-advantages").text()).contains("Safe words");
		assertThat(html).doesNotContainIgnoringCase("<script")
			.doesNotContainIgnoringCase("onerror")
			.doesNotContainIgnoringCase("javascript:");
	}

	@Test
	void aNonAdminIsRefused() throws Exception {
		this.mvc.perform(get("/portal/admin/texts").with(COORDINATOR)).andExpect(status().isForbidden());
		this.mvc.perform(get(FORM).with(COORDINATOR)).andExpect(status().isForbidden());
		this.mvc.perform(post(FORM).with(COORDINATOR).with(csrf()).param("version", "0").param("body", "hijacked"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(FORM).header("Accept", "text/html")).andExpect(status().is3xxRedirection());
		assertThat(portal().select("#portal-advantages").text()).doesNotContain("hijacked");
	}

	@Test
	void aStaleVersionIsRefused() throws Exception {
		String version = currentVersion();
		this.mvc.perform(post(FORM).with(ADMIN).with(csrf()).param("version", version).param("body", "First edit"))
			.andExpect(status().is3xxRedirection());
		String html = this.mvc
			.perform(post(FORM).with(ADMIN)
				.with(csrf())
				.header("Accept-Language", "en")
				.param("version", version)
				.param("body", "Second edit"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select("#portal-text-error").text()).contains("Someone else changed this text");
		assertThat(portal().select("#portal-advantages").text()).contains("First edit").doesNotContain("Second edit");
	}

	@Test
	void theFormShowsTheTextAndTheListLinksEverySectionAndLanguage() throws Exception {
		Document list = Jsoup
			.parse(this.mvc.perform(get("/portal/admin/texts").with(ADMIN).header("Accept-Language", "en"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(list.select("#portal-texts a[id^=edit-]")).hasSize(12);
		this.mvc.perform(get("/portal/admin/texts/nothing/es").with(ADMIN)).andExpect(status().isNotFound());
		this.mvc.perform(get("/portal/admin/texts/network/fr").with(ADMIN)).andExpect(status().isNotFound());
	}

	private String currentVersion() throws Exception {
		String html = this.mvc.perform(get(FORM).with(ADMIN).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html).select("#portal-text-form input[name=version]").val();
	}

	private Document portal() throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/portal").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
