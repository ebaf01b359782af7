package org.integra;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The browser-test base notices what it promises to notice.
 */
class BrowserTestSupportTests extends BrowserTestSupport {

	@Test
	void noticesContentSecurityPolicyViolations() {
		open("/login");
		waitFor(By.id("login-submit"));
		this.driver.executeScript("document.body.insertAdjacentHTML('beforeend', '<div style=\"color: red\">x</div>');"
				+ "var s = document.createElement('script'); s.textContent = 'window.injected = 1';"
				+ "document.body.appendChild(s);");
		assertThat(this.driver.executeScript("return window.injected === undefined")).isEqualTo(true);
		assertThatExceptionOfType(AssertionError.class).isThrownBy(this::assertNoContentSecurityPolicyViolations);
		clearConsoleLog();
	}

	@Test
	void noticesSeriousAccessibilityViolations() {
		open("/login");
		waitFor(By.id("login-submit"));
		assertThat(accessibilityProblems()).isEmpty();
		this.driver.executeScript("var b = document.createElement('button'); b.id = 'unnamed';"
				+ "document.querySelector('main').appendChild(b);");
		checkAccessibility();
		assertThat(accessibilityProblems()).singleElement()
			.asString()
			.startsWith("/login: button-name (critical) at [#unnamed]: <button id=\"unnamed\"></button>");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(this::assertNoAccessibilityProblems);
		clearAccessibilityProblems();
	}

}
