package org.integra.portal.web;

import java.util.Map;

import org.integra.system.BaseUrl;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * What search engines read: the sitemap lists the portal in each language, with its
 * alternates; robots.txt lets them into the portal and keeps them out of the rest.
 */
@RestController
class SearchEnginesController {

	private final BaseUrl baseUrl;

	SearchEnginesController(BaseUrl baseUrl) {
		this.baseUrl = baseUrl;
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	String sitemap() {
		Map<String, String> alternates = PortalController.alternates(this.baseUrl);
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
			.append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
		for (String address : alternates.values()) {
			xml.append("  <url>\n    <loc>").append(HtmlUtils.htmlEscape(address)).append("</loc>\n");
			alternates.forEach((language, alternate) -> xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"")
				.append(language)
				.append("\" href=\"")
				.append(HtmlUtils.htmlEscape(alternate))
				.append("\"/>\n"));
			xml.append("  </url>\n");
		}
		return xml.append("</urlset>\n").toString();
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	String robots() {
		return "User-agent: *\nAllow: /portal\nAllow: /$\nDisallow: /\nSitemap: " + this.baseUrl.of("/sitemap.xml")
				+ "\n";
	}

}
