package org.integra.accounts;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.integra.system.SupportedLanguages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers the requests Tomcat refuses before they reach the application (an address with
 * invalid UTF-8 or {@code %00}): the app's own short 400 page in the caller's language,
 * or problem+json for the API, with the hardening headers, and one WARN line in the log.
 * Errors of requests that reached the application are left to its error page.
 */
class ContainerErrorReport extends ErrorReportValve {

	private static final Logger log = LoggerFactory.getLogger(ContainerErrorReport.class);

	private final MessageSource messages;

	private final String contentSecurityPolicy;

	private final boolean https;

	ContainerErrorReport(MessageSource messages, String contentSecurityPolicy, boolean https) {
		this.messages = messages;
		this.contentSecurityPolicy = contentSecurityPolicy;
		this.https = https;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (request.getContext() != null || status < 400 || response.getContentWritten() > 0) {
			super.report(request, response, throwable);
			return;
		}
		if (!response.setErrorReported()) {
			return;
		}
		String uri = request.getCoyoteRequest().requestURI().toString();
		log.warn("Refused {} {}: {} {}", request.getCoyoteRequest().getMethod(), RejectedRequestHandler.printable(uri),
				status, (response.getMessage() != null) ? response.getMessage() : "Invalid URI");
		try {
			write(response, status, uri, language(request.getHeader("Accept-Language")), request.getHeader("Accept"));
		}
		catch (IOException | IllegalStateException ex) {
			log.debug("Could not write the error report", ex);
		}
	}

	private void write(Response response, int status, String uri, Locale language, String accept) throws IOException {
		response.resetBuffer();
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Content-Security-Policy", this.contentSecurityPolicy);
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
		if (this.https) {
			response.setHeader("Strict-Transport-Security",
					"max-age=" + SecurityConfiguration.HSTS_MAX_AGE_SECONDS + " ; includeSubDomains");
		}
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setLocale(language);
		String body = wantsProblem(uri, accept) ? problem(status, language) : page(status, language);
		response.setContentType(wantsProblem(uri, accept) ? "application/problem+json" : "text/html;charset=UTF-8");
		Writer writer = response.getReporter();
		if (writer != null) {
			writer.write(body);
			response.finishResponse();
		}
	}

	static boolean wantsProblem(String uri, String accept) {
		if (uri != null && (uri.equals("/api") || uri.startsWith("/api/"))) {
			return true;
		}
		String types = (accept != null) ? accept.toLowerCase(Locale.ROOT) : "";
		return (types.contains("application/json") || types.contains("application/problem+json"))
				&& !types.contains("text/html");
	}

	static Locale language(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return SupportedLanguages.DEFAULT;
		}
		try {
			List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
			Locale best = Locale.lookup(ranges, SupportedLanguages.ALL);
			return (best != null) ? best : SupportedLanguages.DEFAULT;
		}
		catch (IllegalArgumentException ex) {
			return SupportedLanguages.DEFAULT;
		}
	}

	private String page(int status, Locale language) {
		String title = html(text("error." + status + ".title", "error.400.title", language));
		return "<!DOCTYPE html>\n<html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + " – "
				+ html(text("app.name", "app.name", language)) + "</title>"
				+ "<link rel=\"stylesheet\" href=\"/css/integra.css\"></head><body><main class=\"error-page\"><h1>"
				+ title + "</h1><p>" + html(text("error." + status + ".text", "error.400.text", language)) + "</p><p>"
				+ html(this.messages.getMessage("error.status", new Object[] { Integer.toString(status) }, language))
				+ "</p><p><a href=\"/\">" + html(text("error.home", "error.home", language))
				+ "</a></p></main></body></html>\n";
	}

	private String problem(int status, Locale language) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", text("api.error.title." + status, "api.error.title.400", language));
		problem.put("status", status);
		problem.put("detail", text("error." + status + ".text", "error.400.text", language));
		return JsonMapper.shared().writeValueAsString(problem);
	}

	private String text(String key, String fallbackKey, Locale language) {
		String text = this.messages.getMessage(key, null, null, language);
		return (text != null) ? text : this.messages.getMessage(fallbackKey, null, language);
	}

	private static String html(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

}
