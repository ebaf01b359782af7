package org.integra.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.integra.BrowserTestSupport;
import org.integra.system.AuthorizationMatrix.Outcome;
import org.integra.system.AuthorizationMatrix.Row;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens every page of the application, found in Spring's handler mappings, as the
 * administrator and as a mentor, and checks that the browser runs it cleanly (no
 * Content-Security-Policy violation, no uncaught script error) and that axe-core finds no
 * serious or critical accessibility violation. A page's path variables are resolved like
 * the authorization matrix's placeholders; a page that cannot be resolved to a real
 * record fails the test unless {@link #NOT_OPENED} says why.
 */
class PagesBrowserTests extends BrowserTestSupport {

	/** Page patterns the test does not open, and why. */
	static final Map<String, String> NOT_OPENED = Map.of("/admin/imports/geonames/{jobId}/progress",
			"the htmx fragment the job page polls; checked as part of that page",
			"/directory/organizations/{id:\\d+}/duplicates",
			"the htmx fragment the organization's page loads; checked as part of that page",
			"/directory/people/{id:\\d+}/duplicates",
			"the htmx fragment the person's page loads; checked as part of that page",
			"/test/audit/records/{type}/{id}", "a page of the audit tests, not of the application",
			"/events/{id:\\d+}/attendance", "the htmx fragment the event's page loads; checked as part of that page",
			"/events/{id:\\d+}/register/sent", "the page after a public registration; PublicRegistrationWebTests",
			"/registrations/{token}", "needs a live confirmation token; PublicRegistrationWebTests");

	/**
	 * Where a page is found on a real record, for pages whose matrix row points at a
	 * missing one ({@code {missingId}}) or leaves out required parameters.
	 */
	static final List<String> PAGE_PATHS = List.of("/directory/people/{personId}", "/directory/people/{personId}/edit",
			"/directory/people/{personId}/duplicates", "/directory/people/{personId}/merge",
			"/letters/templates/{letterTemplateId}", "/letters/templates/{letterTemplateId}/edit",
			"/letters/templates/{letterTemplateId}/delete", "/letters/compose?cityId={candidateCityId}",
			"/admin/imports/geonames/{importJobId}", "/ranking/shortlist/new?city={cityId}&version={versionId}",
			"/events/{eventId}", "/events/{eventId}/edit", "/events/{agendaEventId}/agenda",
			"/events/{eventId}/sessions/new", "/events/{eventId}/showcase/new",
			"/events/{agendaEventId}/sessions/{agendaSessionId}/edit",
			"/events/{agendaEventId}/showcase/{showcaseEntryId}/edit", "/events/{invitationEventId}/invitations",
			"/events/{invitationEventId}/invitations/{invitationId}", "/invitations/{invitationToken}",
			"/events/{invitationEventId}/invitations/suggestions", "/events/{invitationEventId}/check-in",
			"/events/{invitationEventId}/follow-ups", "/events/{registrationEventId}/register",
			"/events/{registrationEventId}/registrations",
			"/events/{registrationEventId}/registrations/{registrationId}", "/events/{forumEventId}/forum",
			"/membership/applications/{applicationId}");

	/**
	 * For the mentor, pages on records in their scope (the matrix's are outside it, to
	 * prove the 404).
	 */
	static final List<String> MENTOR_PAGE_PATHS = List.of("/cities/{mentorCandidateCityId}",
			"/letters/compose?cityId={mentorCandidateCityId}", "/outreach/candidates/{mentorCandidateCityId}",
			"/outreach/candidates/{mentorCandidateCityId}/channels",
			"/outreach/candidates/{mentorCandidateCityId}/interactions/new",
			"/outreach/interactions/{mentorInteractionId}", "/outreach/interactions/{mentorInteractionId}/edit",
			"/tasks/{mentorTaskId}", "/tasks/{mentorTaskId}/edit", "/membership/applications/{applicationId}");

	@Autowired
	ApplicationContext context;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void everyPageIsCleanAndAccessibleForTheAdministrator() throws Exception {
		checkEveryPageAs(Roles.ADMIN, "admin", PAGE_PATHS);
	}

	@Test
	void everyPageIsCleanAndAccessibleForAMentor() throws Exception {
		List<String> paths = new ArrayList<>(MENTOR_PAGE_PATHS);
		paths.addAll(PAGE_PATHS);
		checkEveryPageAs(Roles.MENTOR, "mentor", paths);
	}

	@Test
	void exclusionsAndPathsStillMatchPages() {
		List<String> patterns = List.copyOf(AppPages.patterns(this.context));
		assertThat(patterns).as("pages found in the handler mappings").contains("/cities/map", "/outreach/board");
		assertThat(NOT_OPENED.keySet()).as("exclusions of pages that no longer exist").isSubsetOf(patterns);
		assertThat(PAGE_PATHS).as("page paths that match no page")
			.allMatch((path) -> patterns.stream().anyMatch((pattern) -> samePage(pattern, path)));
		assertThat(MENTOR_PAGE_PATHS).as("mentor page paths that match no page")
			.allMatch((path) -> patterns.stream().anyMatch((pattern) -> samePage(pattern, path)));
	}

	private void checkEveryPageAs(String role, String username, List<String> pagePaths) throws Exception {
		AuthorizationMatrix matrix = AuthorizationMatrix.load();
		MatrixPaths placeholders = new MatrixPaths(this.context);
		login(username, TEST_PASSWORD);
		waitFor(By.id("user-menu"));
		List<String> problems = new ArrayList<>();
		int opened = 0;
		for (String pattern : AppPages.patterns(this.context)) {
			if (NOT_OPENED.containsKey(pattern)) {
				continue;
			}
			Optional<Row> row = matrix.rows()
				.stream()
				.filter((candidate) -> "GET".equals(candidate.method()) && samePage(pattern, candidate.path()))
				.findFirst();
			if (row.isEmpty()) {
				problems.add(pattern + ": no row in authorization-matrix.csv");
				continue;
			}
			if (row.get().expected().get(role) != Outcome.ALLOW) {
				continue;
			}
			String path;
			try {
				path = placeholders.resolve(pagePath(pattern, matrix, pagePaths));
			}
			catch (RuntimeException ex) {
				problems.add(pattern + ": " + ex.getMessage());
				continue;
			}
			int status = status(path);
			// a redirect, e.g. from a section to its first page, is checked where it
			// lands
			if (status != 200 && !(status >= 301 && status <= 303)) {
				problems.add(path + ": answered " + status
						+ " (add the path to a real record to PAGE_PATHS, or the page to NOT_OPENED with why)");
				continue;
			}
			// not open(path): axe-core looks once, at the settled page
			this.driver.get("http://localhost:" + this.port + path);
			settle();
			checkAccessibility();
			collectConsoleProblems(path, problems);
			opened++;
		}
		assertThat(opened).as("pages opened").isGreaterThan(10);
		assertThat(problems).as("pages not checked or not clean, as " + username).isEmpty();
	}

	/** The path, with placeholders, to open for a page pattern. */
	private static String pagePath(String pattern, AuthorizationMatrix matrix, List<String> pagePaths) {
		return pagePaths.stream()
			.filter((path) -> samePage(pattern, path))
			.findFirst()
			.or(() -> matrix.rows()
				.stream()
				.filter((row) -> "GET".equals(row.method()) && samePage(pattern, row.path())
						&& !row.path().contains("{missingId}"))
				.map(Row::path)
				.findFirst())
			.orElseThrow(() -> new IllegalStateException(
					"no path to a real record (add one to PAGE_PATHS, or the page to NOT_OPENED with why)"));
	}

	private static boolean samePage(String pattern, String path) {
		String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
		return AuthorizationMatrixTests.normalize(pattern).equals(AuthorizationMatrixTests.normalize(withoutQuery));
	}

	/**
	 * The status the signed-in browser would get, asked with its cookies; a redirect to
	 * the sign-in page counts as 401.
	 */
	private int status(String path) throws IOException, InterruptedException {
		String cookies = this.driver.manage()
			.getCookies()
			.stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.header("Cookie", cookies)
			.GET()
			.build();
		HttpResponse<Void> response = this.http.send(request, HttpResponse.BodyHandlers.discarding());
		boolean toLogin = response.headers().firstValue("Location").filter((to) -> to.contains("/login")).isPresent();
		return toLogin ? 401 : response.statusCode();
	}

	/**
	 * Gives the scripts of a page a moment to draw what they fetch (map markers, chart)
	 * and htmx its requests, so that axe-core sees the finished page.
	 */
	private void settle() {
		try {
			new WebDriverWait(this.driver, Duration.ofSeconds(5)).until((d) -> Boolean.TRUE
				.equals(this.driver.executeScript("var maps = document.querySelectorAll('.leaflet-container');"
						+ "var statuses = Array.from(document.querySelectorAll('[id$=map-status]'));"
						+ "return document.querySelectorAll('.htmx-request').length === 0"
						+ " && (maps.length === 0 || statuses.every(function (s) { return s.textContent.trim() !== ''; }));")));
		}
		catch (TimeoutException ex) {
			// checked as it is: a map that never finishes shows in its own test
		}
	}

	private void collectConsoleProblems(String path, List<String> problems) {
		consoleLog().stream()
			.filter((line) -> line.contains("Content Security Policy") || line.contains("Content-Security-Policy")
					|| line.contains("Uncaught"))
			.forEach((line) -> problems.add(path + ": " + line));
		clearConsoleLog();
	}

}
