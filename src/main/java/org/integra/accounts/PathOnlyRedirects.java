package org.integra.accounts;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.util.UrlUtils;

/**
 * Redirects to a path on this site only. The page saved before sign-in is remembered as
 * an absolute URL built from the request's {@code Host} header, which the client chooses;
 * redirecting there could send the user to another site, so only its path and query are
 * kept.
 */
class PathOnlyRedirects extends DefaultRedirectStrategy {

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
		if (!UrlUtils.isAbsoluteUrl(url)) {
			super.sendRedirect(request, response, url);
			return;
		}
		response.sendRedirect(response.encodeRedirectURL(pathOf(url, request.getContextPath())));
	}

	static String pathOf(String absoluteUrl, String contextPath) {
		try {
			URI uri = URI.create(absoluteUrl);
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//")) {
				return contextPath + "/";
			}
			return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
		}
		catch (IllegalArgumentException ex) {
			return contextPath + "/";
		}
	}

}
