package org.integra;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the browser tests: the whole application on a random port, driven by Debian's
 * headless Chromium. Every test fails when the browser console reports a
 * Content-Security-Policy violation or when axe-core finds a serious or critical
 * accessibility violation on a page it opened (see {@link #checkAccessibility()}), and
 * leaves a screenshot in {@code target/browser-screenshots} when it fails. Skipped where
 * Chromium is not installed; run only these with {@code ./mvnw test -Dgroups=browser}.
 */
@Tag("browser")
@IntegraTest
public abstract class BrowserTestSupport {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target/browser-screenshots");

	protected static final String TEST_PASSWORD = "integra-test-password";

	@LocalServerPort
	protected int port;

	protected ChromeDriver driver;

	private ChromeDriverService service;

	private Path profile;

	/** Per test class, the pages (address and content) axe-core has already looked at. */
	private static final Map<Class<?>, Set<String>> analysedPages = new ConcurrentHashMap<>();

	private final List<String> consoleLog = new ArrayList<>();

	private final List<String> accessibilityProblems = new ArrayList<>();

	@RegisterExtension
	final AfterTestExecutionCallback screenshotOnFailure = (context) -> {
		if (context.getExecutionException().isPresent() && this.driver != null) {
			screenshot(
					context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
		}
	};

	@BeforeAll
	static void requireChromium() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium not installed: apt-get install chromium chromium-driver");
	}

	@BeforeEach
	void startBrowser() throws IOException {
		this.profile = Files.createTempDirectory("integra-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,900", "--lang=es", "--user-data-dir=" + this.profile);
		// Spanish, the application's default, unless a test switches
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "es"));
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		// the driver path is always given, so Selenium Manager never tries to download
		// one
		this.service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(this.service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterEach
	void stopBrowser() throws IOException {
		try {
			if (this.driver != null) {
				checkAccessibility();
				assertNoContentSecurityPolicyViolations();
				assertNoAccessibilityProblems();
			}
		}
		finally {
			if (this.driver != null) {
				this.driver.quit();
			}
			if (this.service != null) {
				this.service.stop();
			}
			deleteProfile();
		}
	}

	/**
	 * Opens a path of the application, e.g. {@code /login?lang=en}, and checks the page
	 * with axe-core.
	 */
	protected void open(String path) {
		this.driver.get("http://localhost:" + this.port + path);
		checkAccessibility();
	}

	/** Signs in through the form and waits for the page after it. */
	protected void login(String username, String password) {
		open("/login");
		waitFor(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(password);
		String before = this.driver.getCurrentUrl();
		this.driver.findElement(By.id("login-submit")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(
				(d) -> !before.equals(d.getCurrentUrl()) || !d.findElements(By.cssSelector(".alert-danger")).isEmpty());
	}

	/**
	 * Waits up to ten seconds for a visible element, then checks the page (a new one or
	 * the result of an htmx swap) with axe-core.
	 */
	protected WebElement waitFor(By locator) {
		WebElement element = new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(locator));
		checkAccessibility();
		return element;
	}

	/**
	 * Waits up to fifteen seconds for a condition, e.g. markers drawn on a map, then
	 * checks the page with axe-core.
	 */
	protected void waitUntil(BooleanSupplier condition) {
		new WebDriverWait(this.driver, Duration.ofSeconds(15)).until((d) -> condition.getAsBoolean());
		checkAccessibility();
	}

	/**
	 * Runs axe-core over the page as it is now, unless this test class has already
	 * checked the same address with the same content, and remembers every serious or
	 * critical violation; the test fails on them when it ends.
	 */
	protected void checkAccessibility() {
		String page = pageFingerprint();
		if (page == null || !page.startsWith(origin() + "/")
				|| !analysedPages.computeIfAbsent(getClass(), (type) -> ConcurrentHashMap.newKeySet()).add(page)) {
			return;
		}
		String address = this.driver.getCurrentUrl().substring(origin().length());
		for (String problem : AccessibilityCheck.problems(this.driver)) {
			if (!this.accessibilityProblems.contains(address + ": " + problem)) {
				this.accessibilityProblems.add(address + ": " + problem);
			}
		}
	}

	/** The serious or critical accessibility violations found so far, by page. */
	protected List<String> accessibilityProblems() {
		return List.copyOf(this.accessibilityProblems);
	}

	/**
	 * Forgets the accessibility violations so far, e.g. after provoking one on purpose.
	 */
	protected void clearAccessibilityProblems() {
		this.accessibilityProblems.clear();
	}

	protected void assertNoAccessibilityProblems() {
		assertThat(this.accessibilityProblems).as("serious or critical accessibility violations (axe-core), by page")
			.isEmpty();
	}

	private String origin() {
		return "http://localhost:" + this.port;
	}

	/** The address and a hash of the document, or null while no page is complete. */
	private String pageFingerprint() {
		Object fingerprint = this.driver.executeScript("""
				if (document.readyState !== 'complete' || !document.documentElement) { return null; }
				var html = document.documentElement.outerHTML, hash = 0;
				for (var i = 0; i < html.length; i++) { hash = (hash * 31 + html.charCodeAt(i)) | 0; }
				return location.href + ' ' + html.length + ':' + hash;""");
		return (fingerprint != null) ? fingerprint.toString() : null;
	}

	/** Waits until the page's language, {@code <html lang>}, is the given one. */
	/**
	 * Clicks an element after scrolling it to the middle of the window at once: the
	 * layout's smooth scrolling would otherwise leave it at the edge when the click
	 * lands.
	 */
	protected void click(By locator) {
		WebElement element = this.driver.findElement(locator);
		this.driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	protected void waitForLanguage(String language) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
	}

	/** Everything the browser console said since the test started. */
	protected List<String> consoleLog() {
		for (LogEntry entry : this.driver.manage().logs().get(LogType.BROWSER)) {
			this.consoleLog.add(entry.getLevel() + " " + entry.getMessage());
		}
		return List.copyOf(this.consoleLog);
	}

	/** Forgets the console output so far, e.g. after provoking a violation on purpose. */
	protected void clearConsoleLog() {
		consoleLog();
		this.consoleLog.clear();
	}

	protected void assertNoContentSecurityPolicyViolations() {
		assertThat(consoleLog()).as("Content-Security-Policy violations in the browser console")
			.filteredOn((line) -> line.contains("Content Security Policy") || line.contains("Content-Security-Policy"))
			.isEmpty();
	}

	protected void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			File shot = this.driver.getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("No screenshot for " + name + ": " + ex);
		}
	}

	private void deleteProfile() throws IOException {
		if (this.profile == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
	}

}
