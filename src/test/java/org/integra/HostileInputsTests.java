package org.integra;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.integra.system.AuthorizationMatrix.Row;
import org.integra.system.AuthorizationMatrix;
import org.integra.system.MatrixPaths;
import org.integra.system.Roles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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
@IntegraTest
class HostileInputsTests {

	static final List<String> INPUTS = HostileInputs.ALL;

	/** Query parameters list and search pages commonly read. */
	static final List<String> COMMON_PARAMETERS = List.of("q", "page", "size", "sort", "lang", "status", "country",
			"from", "to", "id");

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	ApplicationContext context;

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
		assertThat(html).contains(HtmlUtils.htmlEscape(message("login.error.badCredentials"), "UTF-8"));
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
		assertThat(html).contains(HtmlUtils.htmlEscape(message("login.error.badCredentials"), "UTF-8"));
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

	@ParameterizedTest
	@FieldSource("INPUTS")
	void hostileQueryParametersOnEveryRouteOfTheMatrix(String input) throws Exception {
		MatrixPaths paths = new MatrixPaths(this.context);
		List<String> problems = new ArrayList<>();
		for (Row row : AuthorizationMatrix.load().readableRoutesOf(Roles.ADMIN)) {
			String path = paths.resolve(row.path());
			MockHttpServletRequestBuilder request = get(path).with(user("admin").roles("ADMIN"));
			for (String parameter : COMMON_PARAMETERS) {
				request.param(parameter, input);
			}
			MvcResult result = this.mvc.perform(request).andReturn();
			try {
				assertNotServerError(result);
				String type = String.valueOf(result.getResponse().getContentType());
				// JSON is data, not markup: a stored name may hold the input as typed
				// (other tests store such names); it must never be served as HTML
				if (!type.startsWith("application/json") && !type.startsWith("application/problem+json")) {
					assertRenderedEscaped(result.getResponse().getContentAsString(), input);
				}
			}
			catch (AssertionError ex) {
				problems.add(path + ": " + ex.getMessage());
			}
		}
		assertThat(problems).as("routes that mishandle %s", HostileInputs.describe(input)).isEmpty();
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
