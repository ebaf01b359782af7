package org.integra.system;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.integra.IntegraTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Addresses Tomcat refuses before the application sees them (invalid UTF-8, an encoded
 * NUL) still get the app's own 400 answer with the hardening headers, and one log line.
 * Sent over a raw socket: HTTP clients refuse to send such addresses.
 */
@IntegraTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedUrlTests {

	private static final String[] MALFORMED = { "/cities/%C3%28", "/cities/%00", "/cities/a%00b/edit" };

	@LocalServerPort
	int port;

	@Test
	void pagesGetTheAppsOwn400PageInTheCallersLanguage(CapturedOutput output) throws Exception {
		for (String path : MALFORMED) {
			String response = send(path, "text/html", "pt-BR,pt;q=0.9");
			assertThat(statusLine(response)).as(path).startsWith("HTTP/1.1 400");
			assertHardened(response, path);
			assertThat(header(response, "content-type")).as(path).startsWith("text/html");
			assertThat(response).as(path)
				.contains("<html lang=\"pt\"")
				.contains("Solicitação inválida")
				.contains("href=\"/\"")
				.doesNotContain("Tomcat")
				.doesNotContain("HTTP Status");
		}
		assertThat(output.getAll()).contains("Refused GET /cities/%C3%28")
			.contains("Refused GET /cities/%00")
			.doesNotContain("\tat org.apache");
	}

	@Test
	void theApiGetsProblemJson() throws Exception {
		for (String path : new String[] { "/api/v1/cities/%C3%28", "/api/v1/cities/%00" }) {
			String response = send(path, "application/json", "en");
			assertThat(statusLine(response)).as(path).startsWith("HTTP/1.1 400");
			assertHardened(response, path);
			assertThat(header(response, "content-type")).as(path).startsWith("application/problem+json");
			assertThat(response).as(path).contains("\"status\":400").contains("\"title\":\"Bad request\"");
		}
	}

	private static void assertHardened(String response, String path) {
		assertThat(header(response, "content-security-policy")).as(path)
			.contains("frame-ancestors 'none'")
			.contains("script-src 'self'");
		assertThat(header(response, "x-content-type-options")).as(path).isEqualTo("nosniff");
		assertThat(header(response, "x-frame-options")).as(path).isEqualTo("DENY");
		assertThat(header(response, "referrer-policy")).as(path).isNotBlank();
		assertThat(header(response, "cache-control")).as(path).contains("no-store");
	}

	private String send(String path, String accept, String language) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept + "\r\nAccept-Language: "
					+ language + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String statusLine(String response) {
		return response.substring(0, response.indexOf("\r\n"));
	}

	private static String header(String response, String name) {
		String head = response.substring(0, response.indexOf("\r\n\r\n"));
		for (String line : head.split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name)) {
				return line.substring(colon + 1).strip();
			}
		}
		return null;
	}

}
