package org.integra.accounts;

import java.util.List;

import org.integra.IntegraTest;
import org.integra.IntegraTest.Settings;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Served at an https address, Integra sends HSTS and marks its cookies Secure, even on a
 * request that reached it as plain http from a TLS proxy; at an http address it does
 * neither.
 */
class HttpsBaseUrlTests {

	private static final String PASSWORD = "integra-test-password";

	@Nested
	@IntegraTest(settings = Settings.MAIL_SERVER_TIGHT_LIMITS_HTTPS)
	class AtAnHttpsAddress {

		@Autowired
		MockMvc mvc;

		@Test
		void sendsHstsAndSecureCookies() throws Exception {
			MockHttpServletResponse response = signIn(this.mvc);
			assertThat(response.getRedirectedUrl()).isEqualTo("/");
			assertThat(response.getHeader("Strict-Transport-Security")).startsWith("max-age=31536000");
			List<String> cookies = response.getHeaders(HttpHeaders.SET_COOKIE);
			assertThat(cookies)
				.anySatisfy((cookie) -> assertThat(cookie).startsWith("INTEGRA_SESSION=").contains("Secure"));
			assertThat(cookies)
				.filteredOn((cookie) -> cookie.startsWith("integra-lang=") || cookie.startsWith("INTEGRA_SESSION="))
				.allSatisfy((cookie) -> assertThat(cookie).contains("Secure"));
		}

	}

	@Nested
	@IntegraTest
	class AtAnHttpAddress {

		@Autowired
		MockMvc mvc;

		@Test
		void sendsNoHstsNorSecureCookies() throws Exception {
			MockHttpServletResponse response = signIn(this.mvc);
			assertThat(response.getRedirectedUrl()).isEqualTo("/");
			assertThat(response.getHeader("Strict-Transport-Security")).isNull();
			assertThat(response.getHeaders(HttpHeaders.SET_COOKIE)).isNotEmpty()
				.allSatisfy((cookie) -> assertThat(cookie).doesNotContain("Secure"));
		}

	}

	private static MockHttpServletResponse signIn(MockMvc mvc) throws Exception {
		return mvc.perform(
				post("/login").param("username", "admin").param("password", PASSWORD).param("lang", "pt").with(csrf()))
			.andReturn()
			.getResponse();
	}

}
