package org.integra.system;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.integra.IntegraTest;
import org.integra.system.AuthorizationMatrix.Outcome;
import org.integra.system.AuthorizationMatrix.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Calls every route of {@code authorization-matrix.csv} as an anonymous visitor and as a
 * user of each role, and checks that every controller route has a row, so that a module
 * cannot add a route without declaring who may use it.
 */
@IntegraTest
class AuthorizationMatrixTests {

	/** Demo users, one per role, created on the first start. */
	static final Map<String, String> USERS = Map.of(Roles.ADMIN, "admin", Roles.COORDINATOR, "coordinacion",
			Roles.SECRETARIAT, "secretaria", Roles.MENTOR, "mentor", Roles.VIEWER, "consejo");

	/**
	 * Controller routes that need no row ("METHOD pattern"; ANY for mappings without a
	 * method). Say why for each.
	 */
	static final Set<String> NOT_IN_MATRIX = Set.of(
			// Boot's error controller: only reached by the container's error forward
			"ANY /error",
			// springdoc's own variants of the API description; /v3/api-docs and
			// /swagger-ui.html have rows and the same rule covers these
			"GET /v3/api-docs.yaml", "GET /v3/api-docs/swagger-config",
			// test-only page of the audit tests (src/test), never part of the application
			"GET /test/audit/records/{type}/{id}");

	static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]*}");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	AuthorizationMatrix matrix;

	@BeforeEach
	void loadMatrix() throws Exception {
		this.matrix = AuthorizationMatrix.load();
	}

	@Test
	void everyCallerGetsWhatTheMatrixSays() {
		MatrixPaths paths = new MatrixPaths(this.context);
		List<String> mismatches = new ArrayList<>();
		int calls = 0;
		for (Row row : this.matrix.rows()) {
			String path;
			try {
				path = paths.resolve(row.path());
			}
			catch (RuntimeException ex) {
				mismatches
					.add(String.format("line %d %s %s: %s", row.line(), row.method(), row.path(), ex.getMessage()));
				continue;
			}
			for (Map.Entry<String, Outcome> expected : row.expected().entrySet()) {
				calls++;
				String actual = call(row, path, expected.getKey(), expected.getValue());
				if (actual != null) {
					mismatches.add(String.format("line %d %s %s as %s: expected %s, got %s", row.line(), row.method(),
							path, expected.getKey(), expected.getValue().name().toLowerCase(), actual));
				}
			}
		}
		assertThat(calls).as("calls made").isPositive();
		assertThat(mismatches).as("authorization-matrix.csv mismatches (%d calls)", calls).isEmpty();
	}

	@Test
	void everyControllerRouteIsInTheMatrix() {
		Set<String> declared = new TreeSet<>();
		this.matrix.rows().forEach((row) -> declared.add(row.method() + " " + normalize(row.pathWithoutQuery())));
		Set<String> missing = new TreeSet<>();
		for (String route : routes()) {
			String method = route.substring(0, route.indexOf(' '));
			String normalized = method + " " + normalize(route.substring(route.indexOf(' ') + 1));
			boolean covered = "ANY".equals(method)
					? declared.stream().anyMatch((d) -> d.endsWith(" " + normalized.substring(4)))
					: declared.contains(normalized);
			if (!covered && !NOT_IN_MATRIX.contains(route)) {
				missing.add(route);
			}
		}
		assertThat(missing)
			.as("controller routes without a row in authorization-matrix.csv "
					+ "(add one per route: method,path,anonymous,ADMIN,COORDINATOR,SECRETARIAT,MENTOR,VIEWER)")
			.isEmpty();
	}

	@Test
	void exclusionsStillExist() {
		Set<String> routes = routes();
		assertThat(NOT_IN_MATRIX.stream().filter((route) -> !routes.contains(route)).toList())
			.as("exclusions for routes that no longer exist")
			.isEmpty();
	}

	@Test
	void matrixParsesItsOwnFormat() {
		AuthorizationMatrix parsed = AuthorizationMatrix.parse("""
				# comment
				method,path,anonymous,ADMIN,COORDINATOR,SECRETARIAT,MENTOR,VIEWER,body
				POST,/api/v1/things,login,allow,deny,deny,deny,deny,{"a": 1, "b": 2}
				""");
		assertThat(parsed.rows()).singleElement().satisfies((row) -> {
			assertThat(row.expected().get(Roles.ADMIN)).isEqualTo(Outcome.ALLOW);
			assertThat(row.expected().get(Roles.VIEWER)).isEqualTo(Outcome.DENY);
			assertThat(row.body()).isEqualTo("{\"a\": 1, \"b\": 2}");
			assertThat(row.line()).isEqualTo(3);
		});
		assertThat(normalize("/cities/{id:\\d+}/edit")).isEqualTo(normalize("/cities/{cityId}/edit"));
	}

	/** Null when the answer matches, otherwise a description of what came back. */
	private String call(Row row, String path, String caller, Outcome expected) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()),
				URI.create(path));
		// as a browser (pages) or an API client would ask; without Accept, pages get a
		// 401
		request.accept(row.isApi() ? "application/json" : "text/html,application/xhtml+xml,*/*;q=0.8");
		if (!"GET".equals(row.method()) && !"HEAD".equals(row.method())) {
			request.with(csrf());
			String body = row.body().isEmpty() ? (row.isApi() ? "{}" : "") : row.body();
			if (body.startsWith("{") || body.startsWith("[")) {
				request.contentType(MediaType.APPLICATION_JSON).content(body);
			}
			else {
				request.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body);
			}
		}
		request.with("anonymous".equals(caller) ? anonymous() : user(this.users.loadUserByUsername(USERS.get(caller))));
		MockHttpServletResponse response;
		try {
			response = this.mvc.perform(request).andReturn().getResponse();
		}
		catch (Exception ex) {
			return "an exception: " + ex;
		}
		int status = response.getStatus();
		String location = response.getHeader(HttpHeaders.LOCATION);
		boolean toLogin = status >= 300 && status < 400 && location != null
				&& URI.create(location).getPath().endsWith("/login");
		String contentType = String.valueOf(response.getContentType());
		boolean problem = contentType.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		boolean matches = switch (expected) {
			case ALLOW -> status != 401 && status != 403 && !toLogin && status < 500;
			case DENY -> row.isApi() ? ((status == 403 || status == 401) && problem) : status == 403;
			case LOGIN -> row.isApi() ? (status == 401 && problem) : toLogin;
		};
		if (matches) {
			return null;
		}
		return status + ((location != null) ? " -> " + location : "") + (row.isApi() ? " " + contentType : "");
	}

	/**
	 * Every controller route as "METHOD pattern" (ANY when the mapping names no method).
	 */
	private Set<String> routes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingHandlerMapping mapping : this.context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<String> methods = new TreeSet<>();
				info.getMethodsCondition().getMethods().forEach((method) -> methods.add(method.name()));
				if (methods.isEmpty()) {
					methods.add("ANY");
				}
				for (String pattern : info.getPatternValues()) {
					if (!FailingPages.isTestRoute(pattern)) {
						methods.forEach((method) -> routes.add(method + " " + pattern));
					}
				}
			}
		}
		return routes;
	}

	static String normalize(String path) {
		return PATH_VARIABLE.matcher(path).replaceAll("{}");
	}

}
