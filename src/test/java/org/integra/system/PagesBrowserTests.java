package org.integra.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.integra.BrowserTestSupport;
import org.integra.system.AuthorizationMatrix.Row;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens, as the administrator, every page the authorization matrix lists and checks that
 * the browser runs it cleanly: no Content-Security-Policy violation (an inline style or
 * script, also one injected by a library at run time) and no uncaught script error. New
 * modules are covered as soon as their routes are in the matrix.
 */
class PagesBrowserTests extends BrowserTestSupport {

	@Autowired
	ApplicationContext context;

	@Test
	void everyPageRunsCleanlyInTheBrowser() throws Exception {
		List<Row> pages = AuthorizationMatrix.load()
			.readableRoutesOf(Roles.ADMIN)
			.stream()
			.filter((row) -> !row.isApi())
			.toList();
		assertThat(pages).as("pages in the matrix").isNotEmpty();
		MatrixPaths paths = new MatrixPaths(this.context);
		login("admin", TEST_PASSWORD);
		waitFor(By.id("user-menu"));
		List<String> problems = new ArrayList<>();
		for (Row page : pages) {
			String path = paths.resolve(page.path());
			open(path);
			new WebDriverWait(this.driver, Duration.ofSeconds(10))
				.until((d) -> "complete".equals(this.driver.executeScript("return document.readyState")));
			clearAfter(path, problems);
		}
		assertThat(problems).as("browser console problems, by page").isEmpty();
	}

	private void clearAfter(String path, List<String> problems) {
		consoleLog().stream()
			.filter((line) -> line.contains("Content Security Policy") || line.contains("Content-Security-Policy")
					|| line.contains("Uncaught"))
			.forEach((line) -> problems.add(path + ": " + line));
		clearConsoleLog();
	}

}
