package org.integra.accounts;

import java.util.Set;

import org.integra.IntegraTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A user who is disabled, gets other roles or a new password from the administrator is
 * signed out of every session at once.
 */
@IntegraTest
class SessionEndTests {

	private static final String PASSWORD = "session-end-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountPasswords passwords;

	@Test
	void disablingEndsTheSessions() throws Exception {
		UserAccount user = this.accounts.create("end.disabled", "Disabled", null, PASSWORD, Set.of(Role.VIEWER));
		Browser browser = signedIn("end.disabled");
		this.accounts.setEnabled("admin", user.getId(), false);
		assertSignedOut(browser);
	}

	@Test
	void changingRolesEndsTheSessionsButEditingTheNameDoesNot() throws Exception {
		UserAccount user = this.accounts.create("end.roles", "Roles", null, PASSWORD, Set.of(Role.VIEWER));
		Browser browser = signedIn("end.roles");
		this.accounts.update("admin", user.getId(), null, "Other name", null, Set.of(Role.VIEWER), true);
		assertThat(browser.perform(get("/account")).getResponse().getStatus()).isEqualTo(200);
		this.accounts.update("admin", user.getId(), null, "Other name", null, Set.of(Role.COORDINATOR), true);
		assertSignedOut(browser);
	}

	@Test
	void aPasswordResetEndsTheSessions() throws Exception {
		UserAccount user = this.accounts.create("end.reset", "Reset", null, PASSWORD, Set.of(Role.VIEWER));
		Browser browser = signedIn("end.reset");
		this.passwords.resetPassword(user.getId(), "a-new-session-password");
		assertSignedOut(browser);
	}

	private Browser signedIn(String username) throws Exception {
		Browser browser = new Browser(this.mvc);
		browser.login(username, PASSWORD);
		assertThat(browser.perform(get("/account")).getResponse().getStatus()).isEqualTo(200);
		return browser;
	}

	private static void assertSignedOut(Browser browser) throws Exception {
		assertThat(browser.perform(get("/account").accept(MediaType.TEXT_HTML)).getResponse().getRedirectedUrl())
			.endsWith("/login");
	}

}
