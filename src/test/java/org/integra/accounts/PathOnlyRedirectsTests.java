package org.integra.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PathOnlyRedirectsTests {

	@Test
	void keepsOnlyThePathAndQueryOfAnAbsoluteUrl() {
		assertThat(PathOnlyRedirects.pathOf("http://evil.example/tasks?continue", "")).isEqualTo("/tasks?continue");
		assertThat(PathOnlyRedirects.pathOf("https://evil.example:8443/cities/7", "")).isEqualTo("/cities/7");
	}

	@Test
	void fallsBackToTheStartPageForAnythingElse() {
		assertThat(PathOnlyRedirects.pathOf("http://evil.example", "")).isEqualTo("/");
		assertThat(PathOnlyRedirects.pathOf("http://evil.example//other.example/x", "")).isEqualTo("/");
		assertThat(PathOnlyRedirects.pathOf("http://bad host/", "")).isEqualTo("/");
	}

}
