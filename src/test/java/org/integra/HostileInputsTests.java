package org.integra;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.integra.HostileInputs.assertNotServerError;
import static org.integra.HostileInputs.assertRenderedEscaped;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Hostile text in the sign-in form, the language switch and query parameters: never a
 * server error, never unescaped, the normal message instead.
 */
@SpringBootTest
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class HostileInputsTests {

	static final java.util.List<String> INPUTS = HostileInputs.ALL;

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@ParameterizedTest
	@FieldSource("INPUTS")
	void hostileUsernameGetsTheWrongCredentialsMessage(String input) throws Exception {
		MvcResult signIn = this.mvc
			.perform(post("/login").with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("username", input)
				.param("password", input))
			.andReturn();
		assertNotServerError(signIn);
		assertThat(signIn.getResponse().getStatus()).isEqualTo(302);
		String location = signIn.getResponse().getRedirectedUrl();
		assertThat(location).endsWith("/login?error=bad-credentials");

		MvcResult form = this.mvc.perform(get(location).accept(MediaType.TEXT_HTML)).andReturn();
		assertNotServerError(form);
		String html = form.getResponse().getContentAsString();
		assertThat(html).contains(HtmlUtils.htmlEscape(message("login.error.bad-credentials"), "UTF-8"));
		assertRenderedEscaped(html, input);
	}

	@ParameterizedTest
	@FieldSource("INPUTS")
	void hostileLanguageIsIgnored(String input) throws Exception {
		MvcResult page = this.mvc.perform(get("/login").param("lang", input).accept(MediaType.TEXT_HTML)).andReturn();
		assertNotServerError(page);
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertThat(page.getResponse().getCookie("integra-lang")).as("language cookie").isNull();
		String html = page.getResponse().getContentAsString();
		assertThat(html).contains("lang=\"es\"").contains(HtmlUtils.htmlEscape(message("login.title"), "UTF-8"));
		assertRenderedEscaped(html, input);
	}

	@ParameterizedTest
	@FieldSource("INPUTS")
	void hostileErrorParameterShowsTheNormalMessage(String input) throws Exception {
		MvcResult page = this.mvc.perform(get("/login").param("error", input).param("logout", input)).andReturn();
		assertNotServerError(page);
		String html = page.getResponse().getContentAsString();
		assertThat(html).contains(HtmlUtils.htmlEscape(message("login.error.bad-credentials"), "UTF-8"));
		assertRenderedEscaped(html, input);
	}

	@ParameterizedTest
	@FieldSource("INPUTS")
	void hostileQueryParametersOnSignedInPages(String input) throws Exception {
		for (String path : new String[] { "/", "/api/v1/anything-unknown" }) {
			MvcResult page = this.mvc
				.perform(get(path).param("q", input)
					.param("page", input)
					.param("sort", input)
					.param("lang", input)
					.with(user("admin").roles("ADMIN")))
				.andReturn();
			assertNotServerError(page);
			assertRenderedEscaped(page.getResponse().getContentAsString(), input);
		}
	}

	@ParameterizedTest
	@FieldSource("INPUTS")
	void hostilePathSegmentIsNotAServerError(String input) throws Exception {
		MvcResult page = this.mvc.perform(get("/{segment}", input).with(user("admin").roles("ADMIN"))).andReturn();
		assertNotServerError(page);
		assertRenderedEscaped(page.getResponse().getContentAsString(), input);
	}

	@Test
	void fixtureCatchesUnescapedOutput() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertRenderedEscaped("<p>" + HostileInputs.SCRIPT + "</p>", HostileInputs.SCRIPT));
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertRenderedEscaped("<input value=\"" + HostileInputs.ATTRIBUTE_BREAKOUT + "\">",
					HostileInputs.ATTRIBUTE_BREAKOUT));
		assertRenderedEscaped("<p>" + HtmlUtils.htmlEscape(HostileInputs.SCRIPT, "UTF-8") + "</p>",
				HostileInputs.SCRIPT);
		assertThat(HostileInputs.LONG).hasSize(10_000);
		assertThat(HostileInputs.NON_BMP.codePoints().anyMatch(Character::isSupplementaryCodePoint)).isTrue();
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, Locale.forLanguageTag("es"));
	}

}
