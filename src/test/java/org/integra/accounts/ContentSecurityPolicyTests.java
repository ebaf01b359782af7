package org.integra.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSecurityPolicyTests {

	@Test
	void allowsNoImageOriginButItsOwnWithoutATileServer() {
		assertThat(SecurityConfiguration.contentSecurityPolicy("")).contains("img-src 'self' data:;");
		assertThat(SecurityConfiguration.contentSecurityPolicy(null)).contains("img-src 'self' data:;");
	}

	@Test
	void allowsTheOriginOfAConfiguredTileServer() {
		assertThat(SecurityConfiguration.contentSecurityPolicy("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
			.contains("img-src 'self' data: https://tile.openstreetmap.org;");
		assertThat(SecurityConfiguration.contentSecurityPolicy("https://{s}.tiles.example.org:8443/{z}/{x}/{y}.png"))
			.contains("img-src 'self' data: https://*.tiles.example.org:8443;");
	}

	@Test
	void ignoresATileUrlThatIsNotAPlainHttpUrl() {
		assertThat(SecurityConfiguration.contentSecurityPolicy("https://evil.org; script-src *"))
			.contains("img-src 'self' data:;")
			.doesNotContain("evil");
		assertThat(SecurityConfiguration.contentSecurityPolicy("javascript:alert(1)")).doesNotContain("javascript");
	}

}
