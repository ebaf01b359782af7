package org.integra.system;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses an upload whose declared length is over the limit before anything reads its
 * body: otherwise the container fails while the security filters read the form's
 * parameters, and answers with its own bare 413 page. The API gets a problem naming the
 * limit; a browser gets the app's error page, which names the limit
 * (ErrorPageController). Runs after the session filter, so that the page knows who is
 * signed in, and before security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class UploadLimitFilter extends OncePerRequestFilter {

	private final UploadLimit limit;

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	UploadLimitFilter(UploadLimit limit, MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
		this.limit = limit;
		this.messages = messages;
		this.locales = localeResolver;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() <= this.limit.bytes()) {
			chain.doFilter(request, response);
			return;
		}
		if (isApi(request)) {
			Locale locale = this.locales.resolveLocale(request);
			ProblemDetail problem = this.limit.problem(this.messages, locale);
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write(this.json.writeValueAsString(problem));
			return;
		}
		response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
