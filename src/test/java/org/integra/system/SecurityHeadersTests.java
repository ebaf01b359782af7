package org.integra.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.integra.IntegraTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a real browser gets over HTTP: the hardening headers on pages, problem+json from
 * the API, and sessions kept in the database.
 */
@IntegraTest
class SecurityHeadersTests {

	static final String SESSION_COOKIE = "INTEGRA_SESSION";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	CookieManager cookies;

	HttpClient http;

	@BeforeEach
	void newBrowser() {
		this.cookies = new CookieManager();
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Test
	void pagesCarryTheHardeningHeaders() throws Exception {
		for (HttpResponse<String> page : List.of(get("/login"), signInAsAdminAndGet("/"))) {
			assertThat(page.statusCode()).as(page.uri().toString()).isEqualTo(200);
			var headers = page.headers();
			assertThat(headers.firstValue("Content-Security-Policy")).as("CSP of " + page.uri())
				.hasValueSatisfying((csp) -> assertThat(csp).contains("frame-ancestors 'none'")
					.contains("script-src 'self'")
					.contains("style-src 'self'")
					.doesNotContain("unsafe-inline")
					.doesNotContain("unsafe-eval"));
			assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
			assertThat(headers.firstValue("Referrer-Policy")).hasValueSatisfying((v) -> assertThat(v).isNotBlank());
			assertThat(headers.firstValue("Cache-Control"))
				.hasValueSatisfying((v) -> assertThat(v).contains("no-store"));
		}
	}

	@Test
	void apiWithoutCredentialsAnswersProblemJson() throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(uri("/api/v1/anything-unknown")).header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":401").contains("\"title\"");
	}

	@Test
	void apiWithAWrongTokenAnswersProblemJson() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/api/v1/anything-unknown"))
			.header("Authorization", "Bearer not-a-real-token")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void signedInSessionLivesInTheDatabase() throws Exception {
		HttpResponse<String> home = signInAsAdminAndGet("/");
		assertThat(home.statusCode()).isEqualTo(200);
		HttpCookie session = sessionCookie();
		assertThat(session.isHttpOnly()).as("session cookie HttpOnly").isTrue();
		String sessionId = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
		String principal = this.jdbc.sql("select principal_name from spring_session where session_id = ?")
			.param(sessionId)
			.query(String.class)
			.optional()
			.orElse(null);
		assertThat(principal).as("spring_session row of session " + sessionId).isEqualTo("admin");
	}

	@Test
	void sessionCookieIsHardened() throws Exception {
		HttpResponse<String> login = get("/login");
		assertThat(login.headers().allValues("Set-Cookie")).filteredOn((c) -> c.startsWith(SESSION_COOKIE + "="))
			.singleElement()
			.satisfies((cookie) -> assertThat(cookie).containsIgnoringCase("HttpOnly")
				.containsIgnoringCase("SameSite=Lax"));
	}

	private HttpResponse<String> signInAsAdminAndGet(String path) throws Exception {
		Document form = Jsoup.parse(get("/login").body());
		String csrf = form.select("form[action$=/login] input[name=_csrf]").attr("value");
		assertThat(csrf).as("CSRF token in the login form").isNotBlank();
		String body = "username=admin&password=" + URLEncoder.encode("integra-test-password", StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		HttpResponse<String> signIn = this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.statusCode()).as("sign-in answer").isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location")).as("sign-in redirect")
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
		return get(path);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpCookie sessionCookie() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> SESSION_COOKIE.equals(cookie.getName()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + SESSION_COOKIE + " cookie"));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
