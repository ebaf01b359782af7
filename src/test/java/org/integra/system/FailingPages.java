package org.integra.system;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Routes that fail with the status in their path, as a page and as an API resource, for
 * the tests of the error pages. Part of every {@link org.integra.IntegraTest} context, so
 * that the tests that list the app's routes leave them out ({@link #isTestRoute}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class FailingPages {

	private static final String PATH = "/test-failures/";

	/** Whether the route pattern is one of these, not of the app. */
	public static boolean isTestRoute(String pattern) {
		return pattern.startsWith(PATH) || pattern.startsWith("/api/v1" + PATH);
	}

	// a member of this configuration; as a test component, not found by the app's scan
	@Controller
	@TestComponent
	static class FailingController {

		@GetMapping({ PATH + "{status}", "/api/v1" + PATH + "{status}" })
		String fail(@PathVariable int status) {
			if (status == 500) {
				throw new IllegalStateException("a bug");
			}
			throw new ResponseStatusException(HttpStatusCode.valueOf(status));
		}

	}

}
