package org.integra.accounts.web;

import java.util.Set;

import org.integra.IntegraTest;
import org.integra.accounts.Accounts;
import org.integra.accounts.Browser;
import org.integra.accounts.Role;
import org.integra.accounts.UserAccountRepository;
import org.integra.cities.CityCatalog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@IntegraTest
class AccountControllerTests {

	private static final String PASSWORD = "my-own-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserAccountRepository users;

	@Autowired
	CityCatalog cities;

	@Test
	void showsUsernameRolesAndLanguage() throws Exception {
		Browser browser = signedIn("own.page", Role.MENTOR);
		String page = body(browser.perform(get("/account").param("lang", "en")));
		assertThat(page).contains("own.page").contains("Mentor").contains("Interface language").contains("English");
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		MvcResult result = new Browser(this.mvc).perform(get("/account").accept(MediaType.TEXT_HTML));
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void changesTheOwnPassword() throws Exception {
		Browser browser = signedIn("own.password", Role.VIEWER);
		MvcResult result = browser.perform(post("/account/password").with(csrf())
			.param("currentPassword", PASSWORD)
			.param("newPassword", "another-long-password")
			.param("confirmation", "another-long-password"));
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/account");
		assertThat(result.getFlashMap().get("message")).isEqualTo("accounts.password.changed");
		Browser fresh = new Browser(this.mvc);
		assertThat(fresh.login("own.password", PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/login?error=bad-credentials");
		assertThat(fresh.login("own.password", "another-long-password").getResponse().getRedirectedUrl())
			.isEqualTo("/");
	}

	@Test
	void changingTheOwnPasswordSignsOutTheOtherSessionsButNotThisOne() throws Exception {
		Browser here = signedIn("own.sessions", Role.VIEWER);
		Browser elsewhere = new Browser(this.mvc);
		elsewhere.login("own.sessions", PASSWORD);
		assertThat(elsewhere.perform(get("/account")).getResponse().getStatus()).isEqualTo(200);
		MvcResult changed = here.perform(post("/account/password").with(csrf())
			.param("currentPassword", PASSWORD)
			.param("newPassword", "another-long-password")
			.param("confirmation", "another-long-password"));
		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/account");
		assertThat(here.perform(get("/account")).getResponse().getStatus()).isEqualTo(200);
		assertThat(elsewhere.perform(get("/account").accept(MediaType.TEXT_HTML)).getResponse().getRedirectedUrl())
			.endsWith("/login");
	}

	@Test
	void aPasswordEasyToGuessIsRefusedWithAHint() throws Exception {
		Browser browser = signedIn("own.weak", Role.VIEWER);
		String page = body(browser.perform(post("/account/password").with(csrf())
			.param("lang", "es")
			.param("currentPassword", PASSWORD)
			.param("newPassword", "aaaaaaaaaa")
			.param("confirmation", "aaaaaaaaaa")));
		assertThat(page).contains("demasiado fácil de adivinar").contains("evite repetir caracteres");
		assertThat(new Browser(this.mvc).login("own.weak", "aaaaaaaaaa").getResponse().getRedirectedUrl())
			.isEqualTo("/login?error=bad-credentials");
	}

	@Test
	void explainsWhyAPasswordIsRefused() throws Exception {
		Browser browser = signedIn("own.refused", Role.VIEWER);
		assertThat(body(browser.perform(post("/account/password").with(csrf())
			.param("lang", "en")
			.param("currentPassword", "not-my-password")
			.param("newPassword", "another-long-password")
			.param("confirmation", "another-long-password")))).contains("The current password is not correct");
		assertThat(body(browser.perform(post("/account/password").with(csrf())
			.param("currentPassword", PASSWORD)
			.param("newPassword", "another-long-password")
			.param("confirmation", "a-different-password")))).contains("The two new passwords are not the same");
		assertThat(body(browser.perform(post("/account/password").with(csrf())
			.param("currentPassword", PASSWORD)
			.param("newPassword", "short")
			.param("confirmation", "short")))).contains("at least 10 characters");
		assertThat(body(browser.perform(post("/account/password").with(csrf())
			.param("currentPassword", PASSWORD)
			.param("newPassword", "own.refused")
			.param("confirmation", "own.refused")))).contains("must not be the username");
		assertThat(body(browser.perform(post("/account/password").with(csrf())
			.param("currentPassword", "")
			.param("newPassword", "")
			.param("confirmation", "")))).contains("This field is required");
		Browser fresh = new Browser(this.mvc);
		assertThat(fresh.login("own.refused", PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void theChosenLanguageSticksAcrossSignIns() throws Exception {
		Browser browser = signedIn("own.lingua", Role.VIEWER);
		assertThat(body(browser.perform(get("/account").param("lang", "pt")))).contains("Minha conta");
		assertThat(this.users.findByUsername("own.lingua").orElseThrow().getLanguage()).isEqualTo("pt");
		browser.perform(post("/logout").with(csrf()));
		browser.clearCookies();
		assertThat(body(browser.perform(get("/login")))).contains("Iniciar sesión");
		MvcResult login = browser.login("own.lingua", PASSWORD);
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(browser.cookie("integra-lang")).isEqualTo("pt");
		assertThat(body(browser.perform(get("/account")))).contains("Minha conta").contains("Idioma da interface");
	}

	@Test
	void theLanguageFormStoresTheChoice() throws Exception {
		Browser browser = signedIn("own.form.lang", Role.VIEWER);
		MvcResult result = browser.perform(post("/account/language").with(csrf()).param("language", "en"));
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/account");
		assertThat(this.users.findByUsername("own.form.lang").orElseThrow().getLanguage()).isEqualTo("en");
		assertThat(body(browser.perform(get("/account")))).contains("My account");
		result = browser.perform(post("/account/language").with(csrf()).param("language", "xx"));
		assertThat(result.getFlashMap().get("error")).isEqualTo("accounts.language.invalid");
		assertThat(this.users.findByUsername("own.form.lang").orElseThrow().getLanguage()).isEqualTo("en");
	}

	private Browser signedIn(String username, Role role) throws Exception {
		Long mentorCity = (role == Role.MENTOR) ? this.cities.memberCities().get(0).id() : null;
		this.accounts.create(username, "Name of " + username, null, PASSWORD, Set.of(role), mentorCity);
		Browser browser = new Browser(this.mvc);
		assertThat(browser.login(username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
		return browser;
	}

	static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString();
	}

}
