package org.integra.accounts;

import org.integra.IntegraTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The {@code Host} header is the client's choice: a redirect built from it would send a
 * victim who follows a poisoned link (or a poisoned cache) to another site. Every
 * redirect of sign-in and sign-out is a path on this site.
 */
@IntegraTest
class HostHeaderRedirectsTests {

	private static final String PASSWORD = "integra-test-password";

	private static final String EVIL = "evil.example";

	@Autowired
	MockMvc mvc;

	@Test
	void aProtectedPageRedirectsToTheSignInPathNotToTheClaimedHost() throws Exception {
		Browser browser = new Browser(this.mvc);
		MvcResult protectedPage = browser
			.perform(get("http://" + EVIL + "/tasks").header(HttpHeaders.HOST, EVIL).accept("text/html"));
		assertThat(protectedPage.getResponse().getStatus()).isEqualTo(302);
		assertThat(location(protectedPage)).isEqualTo("/login");

		MvcResult signedIn = browser.perform(post("http://" + EVIL + "/login").header(HttpHeaders.HOST, EVIL)
			.param("username", "admin")
			.param("password", PASSWORD)
			.with(csrf()));
		assertThat(location(signedIn)).startsWith("/tasks").doesNotContain(EVIL);

		MvcResult signedOut = browser
			.perform(post("http://" + EVIL + "/logout").header(HttpHeaders.HOST, EVIL).with(csrf()));
		assertThat(location(signedOut)).isEqualTo("/login?logout");
	}

	@Test
	void aFailedSignInStaysOnThisSite() throws Exception {
		MvcResult failed = new Browser(this.mvc)
			.perform(post("http://" + EVIL + "/login").header(HttpHeaders.HOST, EVIL)
				.param("username", "admin")
				.param("password", "wrong-password")
				.with(csrf()));
		assertThat(location(failed)).doesNotContain(EVIL);
	}

	private static String location(MvcResult result) {
		String location = result.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(location).as("Location").isNotNull();
		return location;
	}

}
