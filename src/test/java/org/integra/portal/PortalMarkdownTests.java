package org.integra.portal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortalMarkdownTests {

	@Test
	void rendersMarkdown() {
		String html = PortalMarkdown.toHtml("## Title\n\n- **one**\n- [two](https://example.org)");
		assertThat(html).contains("<h2>Title</h2>", "<li><strong>one</strong></li>", "href=\"https://example.org\"");
	}

	@Test
	void removesScriptsHandlersAndJavascriptLinks() {
		String html = PortalMarkdown.toHtml("<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
				+ "[click](javascript:alert(3)) <a href=\"javascript:alert(4)\">raw</a> <b onclick=\"x()\">b</b>");
		assertThat(html).doesNotContainIgnoringCase("<script")
			.doesNotContainIgnoringCase("onerror")
			.doesNotContainIgnoringCase("onclick")
			.doesNotContainIgnoringCase("javascript:")
			.doesNotContain("alert(1)");
	}

	@Test
	void emptyForNone() {
		assertThat(PortalMarkdown.toHtml(null)).isEmpty();
		assertThat(PortalMarkdown.toHtml("  ")).isEmpty();
	}

}
