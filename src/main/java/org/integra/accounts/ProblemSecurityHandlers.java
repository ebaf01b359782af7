package org.integra.accounts;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers API calls without valid credentials (401), without the needed role (403) or
 * over the sign-in rate (429) with {@code application/problem+json} in the caller's
 * language.
 */
@Component
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final MessageSource messages;

	private final JsonMapper json;

	private final LocaleResolver locales;

	ProblemSecurityHandlers(MessageSource messages, JsonMapper json, LocaleResolver locales) {
		this.messages = messages;
		this.json = json;
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		write(request, response, HttpStatus.UNAUTHORIZED, "api.error.unauthenticated");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "api.error.forbidden");
	}

	/**
	 * Too many sign-in attempts from the caller's address (see {@link LoginRateLimit}).
	 */
	void tooManyRequests(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, HttpStatus.TOO_MANY_REQUESTS, "api.error.tooManySignIns");
	}

	/** A request the firewall refused (see {@link RejectedRequestHandler}). */
	void badRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, HttpStatus.BAD_REQUEST, "api.error.rejectedUrl");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
			throws IOException {
		var locale = this.locales.resolveLocale(request);
		String title = this.messages.getMessage("api.error.title." + status.value(), null, locale);
		String detail = this.messages.getMessage(key, null, locale);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", RejectedRequestHandler.printable(request.getRequestURI()));
		response.getWriter().write(this.json.writeValueAsString(problem));
	}

}
