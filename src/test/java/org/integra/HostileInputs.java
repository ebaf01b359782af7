package org.integra;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs that break careless code: markup, SQL, very long and non-BMP text. Feed
 * {@link #ALL} to every text field and query parameter of a module and check the answer
 * with {@link #assertNotServerError} and {@link #assertRenderedEscaped}.
 */
public final class HostileInputs {

	public static final String SCRIPT = "<script>alert(1)</script>";

	public static final String ATTRIBUTE_BREAKOUT = "\"><img src=x onerror=alert(1)>";

	public static final String SQL = "' OR 1=1 --";

	/** 10,000 characters, more than any column or form field allows. */
	public static final String LONG = "Integra ".repeat(1250);

	/** Outside the Basic Multilingual Plane: surrogate pairs in Java strings. */
	public static final String NON_BMP = "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀";

	public static final List<String> ALL = List.of(SCRIPT, ATTRIBUTE_BREAKOUT, SQL, LONG, NON_BMP);

	private HostileInputs() {
	}

	/** A short label for test names and messages. */
	public static String describe(String input) {
		return (input.length() > 40) ? input.substring(0, 20) + "…(" + input.length() + " chars)" : input;
	}

	/**
	 * The input, if the page shows it at all, is shown as text: its raw markup never
	 * appears (the escaped form may) and the browser would build no script element or
	 * event handler from it.
	 */
	public static void assertRenderedEscaped(String html, String input) {
		if (input.chars().anyMatch((c) -> c == '<' || c == '>' || c == '"' || c == '\'')) {
			assertThat(html).as("page shows the raw, unescaped input %s", describe(input)).doesNotContain(input);
		}
		Document page = Jsoup.parse(html);
		assertThat(
				page.select("script").stream().map((script) -> script.data()).filter((js) -> js.contains("alert(1)")))
			.as("script injected by %s", describe(input))
			.isEmpty();
		assertThat(page.select("[onerror], [onload], [onclick]")).as("event handler injected by %s", describe(input))
			.isEmpty();
	}

	/** Bad input may be refused (4xx) but never crashes the server. */
	public static void assertNotServerError(MvcResult result) {
		int status = result.getResponse().getStatus();
		assertThat(status)
			.as("status of %s %s", result.getRequest().getMethod(), describe(result.getRequest().getRequestURI()))
			.isLessThan(500);
		assertThat(result.getResolvedException()).as("exception behind %s", result.getRequest().getRequestURI())
			.satisfiesAnyOf((ex) -> assertThat(ex).isNull(), (ex) -> assertThat(status).isLessThan(500));
	}

}
