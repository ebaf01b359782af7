package org.integra.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.integra.IntegraTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * URLs the firewall refuses (an encoded percent or semicolon), sent over real HTTP: the
 * app's own 400 page (problem+json for the API) with the hardening headers, and a
 * one-line warning instead of a stack trace.
 */
@IntegraTest
@ExtendWith(OutputCaptureExtension.class)
class RejectedUrlTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aRefusedPageUrlGetsTheAppsBadRequestPage(CapturedOutput output) throws Exception {
		for (String path : new String[] { "/cities/%25", "/cities/a%3Bb" }) {
			HttpResponse<String> response = get(path, "text/html");
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			assertThat(response.body()).as(path).contains("<html").doesNotContain("Exception").doesNotContain("Tomcat");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
		}
		assertThat(output).contains("Refused GET /cities/%25").doesNotContain("RequestRejectedException");
	}

	@Test
	void aRefusedApiUrlGetsProblemJson() throws Exception {
		HttpResponse<String> response = get("/api/v1/cities/%25", "application/json");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":400");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
