package org.integra.system;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * Who asked, for the error answer: API clients (a path under {@code /api/} or asking for
 * JSON rather than HTML) keep problem+json; and where a browser came from, for its "back"
 * link.
 */
final class ErrorClients {

	private ErrorClients() {
	}

	static boolean wantsProblem(String path, String accept) {
		if (path != null && (path.equals("/api") || path.startsWith("/api/"))) {
			return true;
		}
		if (accept == null) {
			return false;
		}
		String types = accept.toLowerCase(Locale.ROOT);
		return (types.contains("application/json") || types.contains("application/problem+json"))
				&& !types.contains("text/html");
	}

	/**
	 * The page the browser came from when it is on this site and not the failing page
	 * itself, as a path; else {@code null}.
	 */
	static String backLink(HttpServletRequest request) {
		return backLink(request.getHeader(HttpHeaders.REFERER), request.getServerName(), request.getServerPort(),
				ErrorPageController.originalPath(request));
	}

	static String backLink(String referer, String host, int port, String failingPath) {
		if (referer == null || referer.isBlank()) {
			return null;
		}
		try {
			URI uri = URI.create(referer.strip());
			if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(host)
					|| (uri.getPort() != -1 && uri.getPort() != port)) {
				return null;
			}
			String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
			if (!path.startsWith("/") || path.startsWith("//") || path.equals(failingPath)) {
				return null;
			}
			return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
