package org.integra.system;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.integra.IntegraTest;
import org.integra.accounts.Accounts;
import org.integra.accounts.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors over real HTTP, through the container's dispatch to {@code /error}: raised by
 * controllers, by Spring Security's filters and for unknown paths. Browsers get the error
 * page in the layout, in their language, with the navigation and a way back; API clients
 * get problem+json. The failing routes are {@link FailingPages}.
 */
@IntegraTest
class ErrorPagesOverHttpTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final List<Integer> STATUSES = List.of(400, 403, 404, 405, 406, 409, 413, 415, 418, 429, 500, 503);

	private static final String PASSWORD = "error-pages-password";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	MessageSource messages;

	@Test
	void everyStatusIsAPageInTheLayoutInEachLanguage() throws Exception {
		this.accounts.create("errors.admin", "Errors Admin", null, PASSWORD, Set.of(Role.ADMIN));
		for (Locale language : SupportedLanguages.ALL) {
			HttpClient client = signedIn("errors.admin", language);
			for (int status : STATUSES) {
				HttpResponse<String> page = client.send(page("/test-failures/" + status).build(),
						HttpResponse.BodyHandlers.ofString());
				assertErrorPage(page, status, language);
				assertThat(page.body()).as("navigation of a signed-in user").contains("href=\"/cities\"");
			}
		}
	}

	@Test
	void realFailuresOfPagesAreErrorPages() throws Exception {
		this.accounts.create("errors.viewer", "Errors Viewer", null, PASSWORD, Set.of(Role.VIEWER));
		for (Locale language : SupportedLanguages.ALL) {
			HttpClient client = signedIn("errors.viewer", language);
			assertErrorPage(client.send(page("/no-such-page").build(), HttpResponse.BodyHandlers.ofString()), 404,
					language);
			assertErrorPage(client.send(page("/cities/99999999").build(), HttpResponse.BodyHandlers.ofString()), 404,
					language);
			assertErrorPage(
					client.send(page("/cities/99999999999999999999999").build(), HttpResponse.BodyHandlers.ofString()),
					400, language);
			// Spring Security's filter denies the administrator's page
			assertErrorPage(client.send(page("/admin/audit").build(), HttpResponse.BodyHandlers.ofString()), 403,
					language);
			// a form's address opened as a link
			assertErrorPage(client.send(page("/account/language").build(), HttpResponse.BodyHandlers.ofString()), 405,
					language);
		}
	}

	@Test
	void anonymousVisitorsGetTheirBrowsersLanguage() throws Exception {
		for (Locale language : SupportedLanguages.ALL) {
			HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			// no CSRF token: Spring Security refuses the sign-in form
			HttpResponse<String> refused = client.send(page("/login").header("Accept-Language", language.getLanguage())
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=x"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertErrorPage(refused, 403, language);
		}
	}

	@Test
	void anUnauthenticatedErrorSendsTheBrowserToSignIn() throws Exception {
		this.accounts.create("errors.signin", "Errors Sign-in", null, PASSWORD, Set.of(Role.VIEWER));
		HttpClient client = signedIn("errors.signin", SupportedLanguages.DEFAULT);
		HttpResponse<String> response = client.send(page("/test-failures/401").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("location").orElseThrow()).endsWith("/login");
	}

	@Test
	void theWayBackLeadsToThePreviousPageOfThisSite() throws Exception {
		this.accounts.create("errors.back", "Errors Back", null, PASSWORD, Set.of(Role.VIEWER));
		HttpClient client = signedIn("errors.back", SupportedLanguages.DEFAULT);
		HttpResponse<String> fromCities = client.send(
				page("/no-such-page").header("Referer", url("/cities?q=Rosario")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(fromCities.body()).contains("id=\"error-back\"").contains("href=\"/cities?q=Rosario\"");
		HttpResponse<String> fromElsewhere = client.send(
				page("/no-such-page").header("Referer", "https://evil.example/phish").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(fromElsewhere.body()).doesNotContain("error-back").doesNotContain("evil.example");
	}

	@Test
	void apiClientsKeepProblemJson() throws Exception {
		this.accounts.create("errors.api", "Errors API", null, PASSWORD, Set.of(Role.ADMIN));
		for (Locale language : SupportedLanguages.ALL) {
			HttpClient client = signedIn("errors.api", language);
			for (int status : STATUSES) {
				assertProblem(client.send(page("/api/v1/test-failures/" + status).build(),
						HttpResponse.BodyHandlers.ofString()), status);
				assertProblem(
						client.send(request("/test-failures/" + status).header("Accept", "application/json").build(),
								HttpResponse.BodyHandlers.ofString()),
						status);
			}
			assertProblem(client.send(request("/api/v1/no-such-resource").header("Accept", "application/json").build(),
					HttpResponse.BodyHandlers.ofString()), 404);
		}
		HttpResponse<String> anonymous = HttpClient.newHttpClient()
			.send(request("/api/v1/cities").header("Accept", "application/json").build(),
					HttpResponse.BodyHandlers.ofString());
		assertProblem(anonymous, 401);
	}

	private void assertErrorPage(HttpResponse<String> page, int status, Locale language) {
		String body = page.body();
		assertThat(page.statusCode()).as(page.uri().toString()).isEqualTo(status);
		assertThat(page.headers().firstValue("content-type").orElseThrow()).startsWith("text/html");
		assertThat(body).as("%s %s", status, language).doesNotContain("??");
		assertThat(body).contains("<html lang=\"" + language.getLanguage() + "\"")
			.contains("id=\"main-nav\"")
			.contains("id=\"error-home\"")
			.contains(HtmlUtils.htmlEscape(title(status, language), "UTF-8"))
			.doesNotContain("Exception")
			.doesNotContain("\"status\"");
	}

	private void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
		assertThat(response.headers().firstValue("content-type").orElseThrow()).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"status\":" + status).contains("\"title\"").doesNotContain("??");
	}

	private String title(int status, Locale language) {
		String key = ErrorMessages
			.of(status, (candidate) -> this.messages.getMessage(candidate, null, null, language) != null)
			.titleKey();
		return this.messages.getMessage(key, null, language);
	}

	private HttpClient signedIn(String username, Locale language) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> login = client.send(page("/login").build(), HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(login.body());
		assertThat(csrf.find()).isTrue();
		String form = "username=" + username + "&password=" + PASSWORD + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = client
			.send(page("/login").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		// the user chooses the language, as from the layout's menu
		client.send(page("/account?lang=" + language.getLanguage()).build(), HttpResponse.BodyHandlers.ofString());
		return client;
	}

	private HttpRequest.Builder page(String path) {
		return request(path).header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(url(path)));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
