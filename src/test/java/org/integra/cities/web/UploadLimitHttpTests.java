package org.integra.cities.web;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.integra.IntegraTest.Settings;
import org.integra.IntegraTest;
import org.integra.accounts.Accounts;
import org.integra.accounts.ApiTokens;
import org.integra.accounts.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload over the limit, over real HTTP (the container, not a mock, reads the body):
 * the API answers a problem naming the limit, a browser gets the app's page. The app is
 * served at an https address here, so the browser is one behind a TLS proxy.
 */
@IntegraTest(settings = Settings.MAIL_SERVER_TIGHT_LIMITS_HTTPS)
class UploadLimitHttpTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String BOUNDARY = "integraBoundary7MA4YWxkTrZu0gW";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	/** A multipart body with one file part of the given size. */
	private static byte[] multipart(int size, String csrf) {
		StringBuilder head = new StringBuilder();
		if (csrf != null) {
			head.append("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
				.append(csrf)
				.append("\r\n");
		}
		head.append("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"countries\"\r\n\r\nSR\r\n");
		head.append("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\n");
		byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
		byte[] end = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[start.length + size + end.length];
		System.arraycopy(start, 0, body, 0, start.length);
		java.util.Arrays.fill(body, start.length, start.length + size, (byte) 'x');
		System.arraycopy(end, 0, body, start.length + size, end.length);
		return body;
	}

	private HttpRequest.Builder upload(String path, byte[] body) {
		return request(path).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
	}

	@Test
	void theApiAnswersAProblemNamingTheLimit() throws Exception {
		this.accounts.create("limit.api", "Limit API", null, "limit-api-password", Set.of(Role.ADMIN));
		String secret = this.tokens.issue("limit.api", "upload").secret();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(upload("/api/v1/imports/geonames", multipart(1536 * 1024, null))
				.header("Authorization", "Bearer " + secret)
				.header("Accept-Language", "en")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("content-type").orElseThrow()).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"status\":413").contains("1 MB");
	}

	@Test
	void aBrowserGetsTheAppsPageNamingTheLimit() throws Exception {
		this.accounts.create("limit.page", "Limit Page", null, "limit-page-password", Set.of(Role.ADMIN));
		HttpClient client = HttpClient.newBuilder().cookieHandler(new BehindTlsProxy()).build();
		HttpResponse<String> loginPage = client.send(request("/login").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(loginPage.body());
		assertThat(csrf.find()).isTrue();
		String form = "username=limit.page&password=limit-page-password&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = client
			.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().allValues("set-cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("INTEGRA_SESSION=").contains("Secure"));
		HttpResponse<String> page = client.send(request("/admin/imports/geonames").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher pageCsrf = CSRF.matcher(page.body());
		assertThat(pageCsrf.find()).isTrue();

		HttpResponse<String> response = client.send(
				upload("/admin/imports/geonames", multipart(1536 * 1024, pageCsrf.group(1))).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("content-type").orElseThrow()).startsWith("text/html");
		assertThat(response.body()).contains("El archivo supera el límite de subida de 1 MB.")
			.contains("id=\"user-menu\">limit.page<");
	}

	/**
	 * The cookies of a browser at the https address of this context, whose TLS proxy
	 * passes the requests on as plain http: the browser sends its Secure cookies, which a
	 * client at an http address would keep to itself.
	 */
	private static final class BehindTlsProxy extends CookieHandler {

		private final CookieManager browser = new CookieManager();

		@Override
		public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
			return this.browser.get(https(uri), headers);
		}

		@Override
		public void put(URI uri, Map<String, List<String>> headers) throws IOException {
			this.browser.put(https(uri), headers);
		}

		private static URI https(URI uri) {
			return URI.create(uri.toString().replaceFirst("^http:", "https:"));
		}

	}

}
