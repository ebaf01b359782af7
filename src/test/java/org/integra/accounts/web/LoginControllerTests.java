package org.integra.accounts.web;

import java.util.Locale;

import org.integra.IntegraTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@IntegraTest
class LoginControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@ParameterizedTest
	@CsvSource({ "bad-credentials, login.error.badCredentials", "too-many, login.error.tooMany",
			"disabled, login.error.disabled", "'', login.error.badCredentials",
			"something-else, login.error.badCredentials" })
	void theFormNamesTheReasonInTheAddress(String reason, String key) throws Exception {
		String html = this.mvc.perform(get("/login").param("error", reason).param("lang", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("alert-danger")
			.contains(HtmlUtils.htmlEscape(this.messages.getMessage(key, null, Locale.ENGLISH), "UTF-8"))
			.doesNotContainPattern("\\?\\?[\\w.-]+\\?\\?");
	}

	@ParameterizedTest
	@CsvSource({ "es", "en" })
	void theFormWithoutAReasonShowsNoError(String language) throws Exception {
		String html = this.mvc.perform(get("/login").param("lang", language).accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("login-submit")
			.doesNotContain("alert-danger")
			.doesNotContainPattern("\\?\\?[\\w.-]+\\?\\?");
	}

}
