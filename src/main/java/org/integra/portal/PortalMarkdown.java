package org.integra.portal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Renders a portal text from Markdown to HTML that is safe to show: commonmark-java
 * renders it (raw HTML passes through), and the OWASP sanitiser then keeps only
 * formatting, lists, headings, tables and links to http, https and mailto addresses (no
 * scripts, event handlers, styles or {@code javascript:} links). Plain Java, thread-safe.
 */
public final class PortalMarkdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(false).sanitizeUrls(true).build();

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("ul", "ol", "li", "hr", "pre", "code", "br")
			.allowElements("a")
			.allowUrlProtocols("http", "https", "mailto")
			.allowAttributes("href")
			.onElements("a")
			.requireRelsOnLinks("nofollow", "noopener", "noreferrer")
			.toFactory());

	private PortalMarkdown() {
	}

	/** The sanitised HTML of a Markdown text; empty for none. */
	public static String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		String html = RENDERER.render(PARSER.parse(markdown));
		return POLICY.sanitize(html);
	}

}
