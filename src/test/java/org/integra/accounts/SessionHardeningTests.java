package org.integra.accounts;

import java.util.List;
import java.util.Set;

import org.integra.IntegraTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@IntegraTest
class SessionHardeningTests {

	private static final String PASSWORD = "session-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSessionIdChangesAtLoginAndTheSessionIsStoredInTheDatabase() throws Exception {
		this.accounts.create("session.rosa", "Rosa", null, PASSWORD, Set.of(Role.VIEWER));
		Browser browser = new Browser(this.mvc);
		browser.perform(get("/login"));
		String before = browser.cookie(Browser.SESSION_COOKIE);
		assertThat(before).isNotNull();
		assertThat(browser.login("session.rosa", PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
		String after = browser.cookie(Browser.SESSION_COOKIE);
		assertThat(after).isNotNull().isNotEqualTo(before);
		assertThat(sessionsOf("session.rosa")).isEqualTo(1);

		browser.perform(post("/logout").with(csrf()));
		assertThat(sessionsOf("session.rosa")).isZero();
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
		this.accounts.create("session.tito", "Tito", null, PASSWORD, Set.of(Role.VIEWER));
		MvcResult login = new Browser(this.mvc).login("session.tito", PASSWORD);
		List<String> cookies = login.getResponse().getHeaders(HttpHeaders.SET_COOKIE);
		assertThat(cookies).filteredOn((cookie) -> cookie.startsWith(Browser.SESSION_COOKIE + "="))
			.singleElement()
			.satisfies((cookie) -> assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
	}

	@Test
	void aSessionPostWithoutCsrfTokenIsForbidden() throws Exception {
		this.accounts.create("session.csrf", "Csrf", null, PASSWORD, Set.of(Role.VIEWER));
		Browser browser = new Browser(this.mvc);
		browser.login("session.csrf", PASSWORD);
		assertThat(browser.perform(post("/account/language").param("language", "en")).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(browser.perform(post("/account/tokens").param("name", "sneaky")).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(browser.perform(post("/account/language").with(csrf().useInvalidToken()).param("language", "en"))
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.accounts.get("session.csrf").getLanguage()).isEqualTo("es");
	}

	@Test
	void theLoginFormNeedsACsrfToken() throws Exception {
		this.accounts.create("session.nocsrf", "No Csrf", null, PASSWORD, Set.of(Role.VIEWER));
		MvcResult result = new Browser(this.mvc)
			.perform(post("/login").param("username", "session.nocsrf").param("password", PASSWORD));
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		MvcResult result = new Browser(this.mvc).perform(get("/login"));
		assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'");
		assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	private long sessionsOf(String username) {
		return this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

}
