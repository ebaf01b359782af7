package org.integra.portal.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.integra.IntegraTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegraTest
class PortalWebTests {

	/** A phrase of each language's seeded "what the network is" text, and its heading. */
	static final Map<String, List<String>> EXPECTED = Map.of("es",
			List.of("414 ciudades de 12 países", "Qué es la red", "Cómo ingresar"), "pt",
			List.of("414 cidades de 12 países", "O que é a rede", "Como ingressar"), "en",
			List.of("414 cities of 12 countries", "What the network is", "How to join"));

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Test
	void thePortalRendersWithoutSignInInEachLanguageFromTheBrowser() throws Exception {
		for (var language : EXPECTED.entrySet()) {
			Document page = page(get("/portal").header("Accept-Language", language.getKey()));
			assertPortal(page, language.getKey(), language.getValue());
		}
	}

	@Test
	void thePortalRendersWithoutSignInInEachLanguageFromTheSwitch() throws Exception {
		for (var language : EXPECTED.entrySet()) {
			Document page = page(
					get("/portal").param("lang", language.getKey()).header("Accept-Language", "en-US,en;q=0.9"));
			assertPortal(page, language.getKey(), language.getValue());
		}
	}

	@Test
	void thePortalCarriesTitleDescriptionAndHreflangAlternates() throws Exception {
		Document page = page(get("/portal").header("Accept-Language", "pt-BR"));
		assertThat(page.title()).isNotBlank().contains("Mercocidades");
		assertThat(page.select("meta[name=description]").attr("content")).isNotBlank();
		assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactlyInAnyOrder("es",
				"pt", "en", "x-default");
		assertThat(page.select("link[rel=alternate][hreflang=en]").attr("href")).startsWith("http")
			.endsWith("/portal?lang=en");
		assertThat(page.select("link[rel=canonical]").attr("href")).endsWith("/portal?lang=pt");
		assertThat(page.select("main h1")).hasSize(1);
		assertThat(page.select("#portal-units li")).as("the catalogue's thematic units").isNotEmpty();
	}

	@Test
	void aVisitorNotSignedInGetsThePortalAsHome() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isOk()).andExpect(forwardedUrl("/portal"));
		// over HTTP the forward renders the portal at "/"
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/"))
				.header("Accept-Language", "es")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertPortal(Jsoup.parse(response.body()), "es", EXPECTED.get("es"));
	}

	@Test
	void aSignedInUserKeepsTheirHome() throws Exception {
		this.mvc.perform(get("/").with(user("consejo").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(view().name("system/home"));
	}

	@Test
	void theSitemapListsThePortalInEachLanguage() throws Exception {
		String xml = this.mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document sitemap = Jsoup.parse(xml, "", org.jsoup.parser.Parser.xmlParser());
		assertThat(sitemap.select("url > loc").eachText()).hasSize(3)
			.allMatch((loc) -> loc.startsWith("http"))
			.anyMatch((loc) -> loc.endsWith("/portal?lang=es"))
			.anyMatch((loc) -> loc.endsWith("/portal?lang=pt"))
			.anyMatch((loc) -> loc.endsWith("/portal?lang=en"));
		assertThat(sitemap.select("url").first().select("*|link[hreflang]")).hasSize(3);
	}

	@Test
	void robotsAllowThePortalAndDisallowTheRest() throws Exception {
		String robots = this.mvc.perform(get("/robots.txt"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(robots.lines()).contains("User-agent: *", "Allow: /portal", "Disallow: /")
			.anyMatch((line) -> line.startsWith("Sitemap: http") && line.endsWith("/sitemap.xml"));
	}

	private static void assertPortal(Document page, String language, List<String> expected) {
		assertThat(page.select("html").attr("lang")).as(language).isEqualTo(language);
		assertThat(page.select("#portal-network").text()).as(language).contains(expected.get(0));
		assertThat(page.select("main h2").eachText()).as(language).contains(expected.get(1), expected.get(2));
		assertThat(page.select("#portal-joining ol li")).as(language).hasSize(4);
		assertThat(page.select("main, nav[aria-label]")).as("landmarks").isNotEmpty();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		String html = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
