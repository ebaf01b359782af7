package org.integra.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table in {@code src/test/resources/authorization-matrix.csv}: for each route, what
 * each kind of caller gets.
 */
public record AuthorizationMatrix(List<Row> rows) {

	static final List<String> CALLERS = List.of("anonymous", Roles.ADMIN, Roles.COORDINATOR, Roles.SECRETARIAT,
			Roles.MENTOR, Roles.VIEWER);

	static final String RESOURCE = "/authorization-matrix.csv";

	public enum Outcome {

		/** Any status but 401 and 403, and no redirect to the login page. */
		ALLOW,
		/** 403 (for the API also 401, as problem+json). */
		DENY,
		/** Pages redirect to /login; the API answers 401 problem+json. */
		LOGIN

	}

	/**
	 * One route.
	 *
	 * @param method HTTP method
	 * @param path path, possibly with {@code {placeholders}} and a query
	 * @param expected outcome per caller, in {@link #CALLERS} order
	 * @param body optional request body: JSON when it starts with { or [, otherwise form
	 * fields
	 * @param line line number in the file, for messages
	 */
	public record Row(String method, String path, Map<String, Outcome> expected, String body, int line) {

		public boolean isApi() {
			return this.path.startsWith("/api/");
		}

		public String pathWithoutQuery() {
			int query = this.path.indexOf('?');
			return (query < 0) ? this.path : this.path.substring(0, query);
		}

	}

	/**
	 * The GET routes the caller may open that render a page or answer JSON, leaving out
	 * static files and the API description.
	 */
	public List<Row> readableRoutesOf(String caller) {
		return this.rows.stream()
			.filter((row) -> "GET".equals(row.method()) && row.expected().get(caller) == Outcome.ALLOW)
			.filter((row) -> !row.pathWithoutQuery().matches(".*/[^/]*\\.[A-Za-z0-9]+$"))
			.filter((row) -> !row.path().startsWith("/v3/") && !row.path().startsWith("/swagger-ui"))
			.toList();
	}

	public static AuthorizationMatrix load() throws IOException {
		try (InputStream in = AuthorizationMatrix.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " not found on the test classpath");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	static AuthorizationMatrix parse(String csv) {
		List<Row> rows = new ArrayList<>();
		String[] lines = csv.split("\\R");
		boolean header = true;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			// the body comes last and may itself contain commas
			String[] cells = line.split("\\s*,\\s*", 2 + CALLERS.size() + 1);
			if (header) {
				List<String> expectedHeader = new ArrayList<>(List.of("method", "path"));
				expectedHeader.addAll(CALLERS);
				if (!List.of(cells).subList(0, Math.min(cells.length, expectedHeader.size())).equals(expectedHeader)) {
					throw new IllegalStateException(RESOURCE + ": the header must start with " + expectedHeader);
				}
				header = false;
				continue;
			}
			if (cells.length < 2 + CALLERS.size()) {
				throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": expected " + (2 + CALLERS.size())
						+ " columns, found " + cells.length + ": " + line);
			}
			Map<String, Outcome> expected = new LinkedHashMap<>();
			for (int c = 0; c < CALLERS.size(); c++) {
				String cell = cells[2 + c].toUpperCase(Locale.ROOT);
				try {
					expected.put(CALLERS.get(c), Outcome.valueOf(cell));
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalStateException(
							RESOURCE + " line " + (i + 1) + ": '" + cells[2 + c] + "' is not allow, deny or login", ex);
				}
			}
			String body = (cells.length > 2 + CALLERS.size()) ? cells[2 + CALLERS.size()] : "";
			rows.add(new Row(cells[0].toUpperCase(Locale.ROOT), cells[1], expected, body, i + 1));
		}
		return new AuthorizationMatrix(rows);
	}

}
