package org.integra.accounts;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.integra.IntegraTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in over real HTTP against the embedded server: the session cookie is hardened,
 * its id changes at sign-in, and the session lives in the database.
 */
@IntegraTest
class SessionOverHttpTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void signsInWithAHardenedSessionKeptInTheDatabase() throws Exception {
		this.accounts.create("http.lena", "Lena", null, "http-session-password", Set.of(Role.VIEWER));
		CookieManager cookies = new CookieManager();
		HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

		HttpResponse<String> loginPage = client.send(request("/login").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		String before = sessionCookie(loginPage.headers().allValues("set-cookie"));
		assertThat(before).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
		Matcher csrf = CSRF.matcher(loginPage.body());
		assertThat(csrf.find()).isTrue();

		String form = "username=http.lena&password=http-session-password&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = client
			.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("location").orElseThrow()).endsWith("/");
		String after = sessionCookie(login.headers().allValues("set-cookie"));
		assertThat(after).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
		assertThat(value(after)).isNotEqualTo(value(before));

		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param("http.lena")
			.query(Long.class)
			.single()).isEqualTo(1);

		HttpResponse<String> account = client.send(request("/account").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(account.statusCode()).isEqualTo(200);
		assertThat(account.body()).contains("http.lena");
	}

	@Test
	void aPostWithoutCsrfTokenIsForbidden() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> response = client
			.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=integra-test-password"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).header("Accept", "text/html");
	}

	private static String sessionCookie(List<String> setCookies) {
		return setCookies.stream()
			.filter((cookie) -> cookie.startsWith(Browser.SESSION_COOKIE + "="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + setCookies));
	}

	private static String value(String setCookie) {
		return setCookie.substring(0, setCookie.indexOf(';'));
	}

}
