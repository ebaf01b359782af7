package org.integra.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.integra.system.IntegraProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * A URL the firewall refuses (invalid UTF-8, an encoded NUL, {@code ..} tricks) answers
 * 400: the app's error page for browsers, problem+json for the API, with the hardening
 * headers, and one WARN line in the log instead of a stack trace.
 */
@Component
class RejectedRequestHandler implements RequestRejectedHandler {

	private static final Logger log = LoggerFactory.getLogger(RejectedRequestHandler.class);

	private final ProblemSecurityHandlers problems;

	private final String contentSecurityPolicy;

	RejectedRequestHandler(ProblemSecurityHandlers problems, IntegraProperties settings) {
		this.problems = problems;
		this.contentSecurityPolicy = SecurityConfiguration.contentSecurityPolicy(settings.map().tileUrl());
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException exception)
			throws IOException {
		log.warn("Refused {} {}: {}", request.getMethod(), printable(request.getRequestURI()), exception.getMessage());
		// the request never reached the security chain, which writes these for the others
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Content-Security-Policy", this.contentSecurityPolicy);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache, no-store, max-age=0, must-revalidate");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			this.problems.badRequest(request, response);
		}
		else {
			// through the error page mechanism: the app's own error/400 view
			response.sendError(HttpStatus.BAD_REQUEST.value());
		}
	}

	/** The URI as it can be logged on one line, whatever bytes it carries. */
	static String printable(String uri) {
		if (uri == null) {
			return "";
		}
		String shortened = (uri.length() > 300) ? uri.substring(0, 300) + "…" : uri;
		return shortened.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", "?");
	}

}
