package org.integra;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and out in a real browser, switching the language on the way.
 */
class SignInBrowserTests extends BrowserTestSupport {

	@Autowired
	MessageSource messages;

	@Test
	void adminSignsInSwitchesToPortugueseAndSignsOut() {
		login("admin", TEST_PASSWORD);
		waitFor(By.id("user-menu"));
		assertThat(this.driver.getCurrentUrl()).endsWith("/");
		assertThat(this.driver.findElement(By.id("user-menu")).getText()).isEqualTo("admin");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo(message("home.title", "es"));

		waitFor(By.id("language-menu")).click();
		waitFor(By.id("lang-pt")).click();
		waitForLanguage("pt");
		assertThat(waitFor(By.id("language-menu")).getText()).isEqualTo(message("language.pt", "pt"));
		assertThat(this.driver.findElement(By.tagName("footer")).getText()).isEqualTo(message("app.footer", "pt"));
		assertThat(this.driver.findElement(By.tagName("nav")).getAttribute("aria-label"))
			.isEqualTo(message("layout.nav.label", "pt"));

		this.driver.findElement(By.id("user-menu")).click();
		assertThat(waitFor(By.id("logout")).getText()).isEqualTo(message("layout.logout", "pt"));
		this.driver.findElement(By.id("logout")).click();
		assertThat(waitFor(By.cssSelector(".alert-info")).getText()).isEqualTo(message("login.loggedOut", "pt"));
		assertThat(this.driver.findElement(By.id("login-submit")).getText()).isEqualTo(message("login.submit", "pt"));
		assertThat(this.driver.findElements(By.id("user-menu"))).isEmpty();
	}

	@Test
	void wrongPasswordShowsTheTranslatedError() {
		open("/login?lang=en");
		waitForLanguage("en");
		login("consejo", "not-the-password");
		assertThat(waitFor(By.cssSelector(".alert-danger")).getText())
			.isEqualTo(message("login.error.badCredentials", "en"));
		assertThat(this.driver.getCurrentUrl()).contains("/login?error");
	}

	@Test
	void signedOutVisitorIsSentToTheSignInPage() {
		// the home of a visitor is the public portal, with a way in for the team
		open("/");
		waitFor(By.id("sign-in")).click();
		waitFor(By.id("login-submit"));
		open("/cities");
		waitFor(By.id("login-submit"));
		assertThat(this.driver.getCurrentUrl()).contains("/login");
		assertThat(this.driver.getTitle()).isEqualTo(message("login.title", "es"));
	}

	private String message(String key, String language) {
		return this.messages.getMessage(key, null, Locale.forLanguageTag(language));
	}

}
