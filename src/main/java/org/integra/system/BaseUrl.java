package org.integra.system;

import java.net.URI;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The address Integra is reached at, {@code integra.base-url}: absolute links in e-mails,
 * feeds and pages are built from it, never from the request's {@code Host} header, which
 * the client chooses.
 */
@Component
public class BaseUrl {

	private final String base;

	@Autowired
	BaseUrl(IntegraProperties settings) {
		this(settings.baseUrl());
	}

	public BaseUrl(String base) {
		String stripped = (base != null) ? base.strip().replaceAll("/+$", "") : "";
		URI uri = URI.create(stripped);
		if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
			throw new IllegalStateException(
					"integra.base-url (INTEGRA_BASE_URL) must be an absolute http or https URL, not '" + base + "'");
		}
		this.base = stripped;
	}

	/** The absolute URL of a path of the application, such as {@code /tasks/7}. */
	public String of(String path) {
		return this.base + (path.startsWith("/") ? path : "/" + path);
	}

	/** Whether Integra is served over HTTPS: cookies are then Secure and HSTS is sent. */
	public boolean isHttps() {
		return this.base.startsWith("https:");
	}

	@Override
	public String toString() {
		return this.base;
	}

}
