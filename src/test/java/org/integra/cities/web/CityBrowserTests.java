package org.integra.cities.web;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list's live filter (htmx) and the map (Leaflet) in a real browser, under the
 * application's Content Security Policy.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CityBrowserTests {

	private static final String CHROMIUM = "/usr/bin/chromium";

	private static final String DRIVER = "/usr/bin/chromedriver";

	@LocalServerPort
	int port;

	WebDriver browser;

	@BeforeAll
	void startBrowser() {
		Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
				"Chromium and chromedriver are not installed: browser tests skipped");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1400,1000");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
		this.browser = new ChromeDriver(service, options);
		this.browser.get(url("/login?lang=en"));
		this.browser.findElement(By.id("username")).sendKeys("admin");
		this.browser.findElement(By.id("password")).sendKeys("integra-test-password");
		this.browser.findElement(By.id("login-submit")).click();
		waitFor().until((driver) -> !driver.getCurrentUrl().contains("/login"));
	}

	@BeforeEach
	void forgetEarlierLogs() {
		this.browser.manage().logs().get(LogType.BROWSER);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void filtersTheListWhileTyping() {
		this.browser.get(url("/cities"));
		this.browser.findElement(By.id("q")).sendKeys("bogota");
		waitFor().until((driver) -> driver.findElements(By.cssSelector("#city-table tbody tr")).size() == 1);
		assertThat(this.browser.findElement(By.cssSelector("#city-table tbody tr")).getText()).contains("Bogotá");
		waitFor().until((driver) -> driver.getCurrentUrl().contains("q=bogota"));
		this.browser.findElement(By.id("sort-population")).click();
		waitFor().until((driver) -> driver.getCurrentUrl().contains("sort=population"));
		waitFor().until((driver) -> "descending"
			.equals(driver.findElement(By.id("sort-population")).findElement(By.xpath("..")).getAttribute("aria-sort"))
				|| "ascending".equals(driver.findElement(By.id("sort-population"))
					.findElement(By.xpath(".."))
					.getAttribute("aria-sort")));
		this.browser.findElement(By.id("relation")).sendKeys("C");
		waitFor().until((driver) -> driver.getCurrentUrl().contains("relation=CANDIDATE"));
		assertThat(this.browser.getCurrentUrl()).contains("sort=population");
		assertThat(noErrors()).isEmpty();
	}

	@Test
	void drawsTheCitiesOnTheMap() {
		this.browser.get(url("/cities/map?relation=MEMBER"));
		waitFor().until((driver) -> driver.findElements(By.cssSelector("path.leaflet-interactive")).size() == 8);
		assertThat(this.browser.findElement(By.cssSelector(".leaflet-control-attribution")).getText())
			.contains("Natural Earth");
		waitFor().until((driver) -> driver.findElement(By.id("map-status")).getText().contains("8"));
		assertThat(noErrors()).isEmpty();
	}

	@Test
	void drawsOneCityOnItsPage() {
		this.browser.get(url("/cities?q=montevideo"));
		this.browser.findElement(By.linkText("Montevideo")).click();
		waitFor()
			.until((driver) -> driver.findElements(By.cssSelector("#city-map path.leaflet-interactive")).size() == 1);
		assertThat(noErrors()).isEmpty();
	}

	private List<String> noErrors() {
		return this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.filter((entry) -> !entry.getMessage().contains("favicon.ico"))
			.map(LogEntry::getMessage)
			.toList();
	}

	private WebDriverWait waitFor() {
		return new WebDriverWait(this.browser, Duration.ofSeconds(15));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
