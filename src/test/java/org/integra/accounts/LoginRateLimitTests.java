package org.integra.accounts;

import java.util.Set;

import org.integra.IntegraTest.Settings;
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

/**
 * One address may try only so many sign-ins: it cannot go on to lock every account.
 */
@IntegraTest(settings = Settings.MAIL_SERVER_TIGHT_LIMITS_HTTPS)
class LoginRateLimitTests {

	private static final String PASSWORD = "rate-limited-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void anAddressOverTheLimitIsRefusedBeforeAnyAccountIsTriedAndOthersAreNot() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.accounts.create("rate.victim" + i, "Victim", null, PASSWORD, Set.of(Role.VIEWER));
		}
		Browser attacker = new Browser(this.mvc);
		for (int i = 0; i < 3; i++) {
			assertThat(attacker.loginFrom("10.9.0.1", "rate.victim" + i, "wrong-password")
				.getResponse()
				.getRedirectedUrl()).isEqualTo("/login?error=bad-credentials");
		}
		MvcResult refused = attacker.loginFrom("10.9.0.1", "rate.victim0", PASSWORD);
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?error=too-many");
		assertThat(refused.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isNotBlank();
		assertThat(attacker.perform(get("/login").param("error", "too-many").param("lang", "en"))
			.getResponse()
			.getContentAsString()).contains("Too many sign-in attempts from your address");

		// the refused attempt did not count against the account, and another address
		// signs in
		assertThat(
				new Browser(this.mvc).loginFrom("10.9.0.2", "rate.victim0", PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/");
	}

	@Test
	void aClientAskingForJsonGets429Problem() throws Exception {
		for (int i = 0; i < 3; i++) {
			new Browser(this.mvc).loginFrom("10.9.0.3", "rate.nobody", "wrong-password");
		}
		MvcResult refused = this.mvc.perform(post("/login").param("username", "rate.nobody")
			.param("password", "wrong-password")
			.header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "pt")
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr("10.9.0.3");
				return request;
			})).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(429);
		assertThat(refused.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(refused.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isNotBlank();
		assertThat(refused.getResponse().getContentAsString()).contains("\"status\":429");
	}

}
