package org.integra.accounts;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.integra.IntegraTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class ApiTokenTests {

	private static final String PASSWORD = "token-owner-password";

	private static final Pattern SECRET = Pattern.compile("value=\"(itg_[A-Za-z0-9_-]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Test
	void aTokenCreatedOnTheAccountPageIsShownOnceAndWorksAsBearer() throws Exception {
		Browser browser = signedIn("token.ana");
		MvcResult created = browser
			.perform(post("/account/tokens").with(csrf()).param("name", "nightly export").param("lang", "en"));
		String page = created.getResponse().getContentAsString();
		assertThat(page).contains("shown only this once").contains("nightly export");
		assertThat(created.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		Matcher matcher = SECRET.matcher(page);
		assertThat(matcher.find()).isTrue();
		String secret = matcher.group(1);

		String account = browser.perform(get("/account")).getResponse().getContentAsString();
		assertThat(account).doesNotContain(secret).contains(secret.substring(0, 10)).contains("nightly export");

		this.mvc.perform(get("/v3/api-docs").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
			.andExpect(status().isOk());
		assertThat(this.tokens.ownedBy("token.ana").get(0).getLastUsedAt()).isNotNull();
	}

	@Test
	void aRevokedTokenGets401Problem() throws Exception {
		Browser browser = signedIn("token.bea");
		ApiTokens.IssuedToken issued = this.tokens.issue("token.bea", "to revoke");
		bearer(issued.secret()).andExpect(status().isOk());
		MvcResult revoked = browser.perform(post("/account/tokens/{id}/revoke", issued.id()).with(csrf()));
		assertThat(revoked.getFlashMap().get("message")).isEqualTo("accounts.token.revoked");
		bearer(issued.secret()).andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
		assertThat(browser.perform(get("/account").param("lang", "en")).getResponse().getContentAsString())
			.contains("Revoked on");
	}

	@Test
	void revokeAllEndsEveryOwnTokenAndNoOneElses() throws Exception {
		Browser browser = signedIn("token.all");
		signedIn("token.all.other");
		String first = this.tokens.issue("token.all", "one").secret();
		String second = this.tokens.issue("token.all", "two").secret();
		String others = this.tokens.issue("token.all.other", "theirs").secret();
		assertThat(browser.perform(get("/account").param("lang", "en")).getResponse().getContentAsString())
			.contains("revoke-all-tokens")
			.contains("Revoke all your tokens?");
		MvcResult revoked = browser.perform(post("/account/tokens/revoke-all").with(csrf()));
		assertThat(revoked.getResponse().getRedirectedUrl()).isEqualTo("/account");
		assertThat(revoked.getFlashMap().get("message")).isEqualTo("accounts.token.revokedAll");
		bearer(first).andExpect(status().isUnauthorized());
		bearer(second).andExpect(status().isUnauthorized());
		bearer(others).andExpect(status().isOk());
		assertThat(browser.perform(get("/account")).getResponse().getContentAsString())
			.doesNotContain("revoke-all-tokens");
	}

	@Test
	void nobodyRevokesAnotherUsersToken() throws Exception {
		signedIn("token.owner");
		ApiTokens.IssuedToken issued = this.tokens.issue("token.owner", "mine");
		Browser other = signedIn("token.thief");
		assertThat(
				other.perform(post("/account/tokens/{id}/revoke", issued.id()).with(csrf())).getResponse().getStatus())
			.isEqualTo(404);
		bearer(issued.secret()).andExpect(status().isOk());
	}

	@Test
	void aGarbageTokenGets401Problem() throws Exception {
		bearer("itg_not-a-real-token").andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").exists())
			.andExpect(jsonPath("$.detail").exists());
		this.mvc.perform(get("/api/v1/anything").header(HttpHeaders.AUTHORIZATION, "Bearer "))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anApiCallWithoutCredentialsGets401Problem() throws Exception {
		this.mvc.perform(get("/api/v1/anything"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void theTokenOfADisabledUserGets401() throws Exception {
		UserAccount user = this.accounts.create("token.disabled", "Disabled", null, PASSWORD, Set.of(Role.VIEWER));
		ApiTokens.IssuedToken issued = this.tokens.issue("token.disabled", "script");
		bearer(issued.secret()).andExpect(status().isOk());
		this.accounts.setEnabled("admin", user.getId(), false);
		bearer(issued.secret()).andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aBearerPostNeedsNoCsrfTokenButASessionPostDoes() throws Exception {
		signedIn("token.post");
		ApiTokens.IssuedToken issued = this.tokens.issue("token.post", "poster");
		int bearerStatus = this.mvc
			.perform(post("/v3/api-docs").header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.secret()))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(bearerStatus).isNotEqualTo(403).isNotEqualTo(401);
		Browser browser = signedIn("token.post.session");
		assertThat(browser.perform(post("/v3/api-docs")).getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void theTokenNameIsRequiredAndAtMost100Characters() throws Exception {
		Browser browser = signedIn("token.names");
		assertThat(browser.perform(post("/account/tokens").with(csrf()).param("name", "").param("lang", "en"))
			.getResponse()
			.getContentAsString()).contains("This field is required").doesNotContain("itg_");
		assertThat(
				browser.perform(post("/account/tokens").with(csrf()).param("name", "x".repeat(101)).param("lang", "en"))
					.getResponse()
					.getContentAsString())
			.contains("100 characters");
		assertThat(this.tokens.ownedBy("token.names")).isEmpty();
		assertThat(browser.perform(post("/account/tokens").with(csrf()).param("name", "x".repeat(100)))
			.getResponse()
			.getContentAsString()).containsPattern(SECRET);
	}

	private org.springframework.test.web.servlet.ResultActions bearer(String secret) throws Exception {
		return this.mvc.perform(get("/v3/api-docs").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret));
	}

	private Browser signedIn(String username) throws Exception {
		this.accounts.create(username, "Name of " + username, null, PASSWORD, Set.of(Role.VIEWER));
		Browser browser = new Browser(this.mvc);
		assertThat(browser.login(username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
		return browser;
	}

}
