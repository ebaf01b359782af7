package org.integra.accounts;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.integra.system.BaseUrl;
import org.integra.system.IntegraProperties;
import org.junit.jupiter.api.Test;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 400 answer Tomcat gives before the application sees a request (here an encoded NUL)
 * carries HSTS when Integra is served at an https address, and not at an http one. Runs
 * Tomcat with only the customizer, so that no application context is needed.
 */
class ContainerErrorReportHstsTests {

	@Test
	void anHttpsAddressSendsHstsOnTheContainers400() throws Exception {
		String response = refusedRequest("https://integra.example.org");
		assertThat(response).startsWith("HTTP/1.1 400");
		assertThat(header(response, "strict-transport-security")).startsWith("max-age=31536000")
			.contains("includeSubDomains");
		assertThat(header(response, "x-frame-options")).isEqualTo("DENY");
	}

	@Test
	void anHttpAddressSendsNoHsts() throws Exception {
		String response = refusedRequest("http://localhost:8080");
		assertThat(response).startsWith("HTTP/1.1 400");
		assertThat(header(response, "strict-transport-security")).isNull();
		assertThat(header(response, "x-frame-options")).isEqualTo("DENY");
	}

	private static String refusedRequest(String baseUrl) throws IOException {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		messages.setBasename("classpath:messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
		new ContainerErrorReportCustomizer(messages, new BaseUrl(baseUrl),
				new IntegraProperties(baseUrl, "./data", true, new IntegraProperties.MapTiles("", "")))
			.customize(factory);
		WebServer server = factory.getWebServer();
		server.start();
		try (Socket socket = new Socket("localhost", server.getPort())) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write("GET /cities/%00 HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n"
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		finally {
			server.stop();
		}
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
