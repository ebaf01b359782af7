package org.integra.outreach;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.integra.IntegraTest;
import org.integra.accounts.Accounts;
import org.integra.cities.TestCities;
import org.integra.system.AuthorizationMatrix.Outcome;
import org.integra.system.AuthorizationMatrix.Row;
import org.integra.system.AuthorizationMatrix;
import org.integra.system.MatrixPaths;
import org.integra.system.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The demo mentor of Medellín sees and logs only for the candidates assigned to Medellín,
 * on every route of {@code authorization-matrix.csv} that names a city or an interaction,
 * and in every list, search and API.
 * <p>
 * The test creates two candidates with unique names: a Colombian one assigned to Medellín
 * and a Peruvian one that is not, and logs an interaction on each (the Peruvian one by a
 * coordinator, the Colombian one by the mentor). It then takes every matrix row whose
 * path holds one of these placeholders and substitutes them, resolving any other
 * placeholder as the matrix test does:
 * <ul>
 * <li>a placeholder whose name ends in {@code cityId} (any case: {@code {cityId}},
 * {@code {candidateCityId}}, {@code {mentorCityId}}…): the Peruvian city for the refusal
 * check; for the reading check the Colombian city, or Medellín when the name starts with
 * {@code mentor};</li>
 * <li>a placeholder whose name ends in {@code interactionId}: the interaction logged on
 * that city.</li>
 * </ul>
 * Rows added later with such placeholders are covered without changing this test.
 */
@IntegraTest
class MentorScopeTests {

	static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	TestCities testCities;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Pipeline pipeline;

	@Autowired
	Mentors mentors;

	@Autowired
	Interactions interactions;

	@Autowired
	Accounts accounts;

	long medellin;

	String colombianName;

	String peruvianName;

	long colombian;

	long peruvian;

	long colombianInteraction;

	long peruvianInteraction;

	@BeforeEach
	void candidates() {
		String unique = Long.toString(System.nanoTime(), 36) + SEQUENCE.incrementAndGet();
		this.medellin = this.accounts.mentorCityOf("mentor").orElseThrow();
		this.colombianName = "Mentoriacol " + unique;
		this.peruvianName = "Mentoriaper " + unique;
		this.colombian = city(this.colombianName, "CO");
		this.peruvian = city(this.peruvianName, "PE");
		this.mentors.assign(this.colombian, this.medellin, null, "coordinacion");
		SecurityContextHolder.clearContext();
		this.peruvianInteraction = this.interactions
			.log(new InteractionDraft(this.peruvian, LocalDate.now(), InteractionKind.CALL, Channel.PORTAL, null, null,
					Set.of(), "Peruvian secret " + unique, null, InterestLevel.MEDIUM, "Send the invitation",
					"coordinacion", LocalDate.now().plusDays(7)), "coordinacion")
			.getId();
		UserDetails mentor = this.users.loadUserByUsername("mentor");
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(mentor, null, mentor.getAuthorities()));
		try {
			this.colombianInteraction = this.interactions
				.log(new InteractionDraft(this.colombian, LocalDate.now(), InteractionKind.MEETING, Channel.MENTOR_CITY,
						null, this.medellin, Set.of(), "Colombian visit " + unique, null, InterestLevel.HIGH, null,
						null, null), "mentor")
				.getId();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@AfterEach
	void removeCities() {
		// interactions, assignments and candidates go with their city
		this.testCities.delete(this.colombian, this.peruvian);
	}

	private long city(String name, String country) {
		long id = this.testCities.create(name, country);
		this.pipeline.identify(id, "test", "coordinacion");
		return id;
	}

	@Test
	void everyRouteForAnUnassignedCandidateIsRefusedToTheMentor() throws Exception {
		List<Row> rows = scopedRows();
		assertThat(rows).as("matrix rows with a city or interaction placeholder").isNotEmpty();
		MatrixPaths paths = new MatrixPaths(this.context);
		List<String> leaks = new ArrayList<>();
		for (Row row : rows) {
			String path = paths.resolve(substitute(row.path(), this.peruvian, this.peruvian, this.peruvianInteraction));
			MockHttpServletResponse response = call(row, path);
			int status = response.getStatus();
			if (status != 403 && status != 404) {
				leaks.add(String.format("line %d %s %s: %d %s", row.line(), row.method(), path, status,
						String.valueOf(response.getHeader(HttpHeaders.LOCATION))));
			}
			else if (response.getContentAsString().contains(this.peruvianName)) {
				leaks.add(String.format("line %d %s %s: the error names the city", row.line(), row.method(), path));
			}
		}
		assertThat(leaks).as("routes that answer the mentor for a Peruvian candidate not assigned to Medellín")
			.isEmpty();
	}

	@Test
	void theSameReadingRoutesOpenForTheAssignedCandidate() throws Exception {
		List<Row> rows = scopedRows().stream()
			.filter((row) -> "GET".equals(row.method()) && row.expected().get(Roles.MENTOR) == Outcome.ALLOW)
			.toList();
		assertThat(rows).as("readable rows with a city placeholder").isNotEmpty();
		MatrixPaths paths = new MatrixPaths(this.context);
		List<String> closed = new ArrayList<>();
		for (Row row : rows) {
			String path = paths
				.resolve(substitute(row.path(), this.colombian, this.medellin, this.colombianInteraction));
			int status = call(row, path).getStatus();
			if (status != 200) {
				closed.add(String.format("line %d %s %s: %d", row.line(), row.method(), path, status));
			}
		}
		assertThat(closed).as("readable routes that do not open for the assigned Colombian candidate").isEmpty();
	}

	@Test
	void listsSearchesAndApisNeverShowTheUnassignedCandidate() throws Exception {
		Map<String, Boolean> pages = new java.util.LinkedHashMap<>();
		// path -> whether the Colombian candidate must be there
		pages.put("/outreach/candidates", true);
		pages.put("/outreach/board", true);
		pages.put("/api/v1/candidates?size=200", true);
		pages.put("/cities?size=100", true);
		pages.put("/cities?country=PE&size=100", false);
		pages.put("/api/v1/cities?size=200", true);
		pages.put("/api/v1/cities?size=200&relation=CANDIDATE", true);
		pages.put("/cities/map/data", false);
		pages.put("/cities?q=" + this.peruvianName.replace(' ', '+'), false);
		pages.put("/api/v1/cities?q=" + this.peruvianName.replace(' ', '+'), false);
		pages.put("/cities?q=Mentoria", true);
		pages.put("/api/v1/cities?q=Mentoria", true);
		List<String> leaks = new ArrayList<>();
		for (Map.Entry<String, Boolean> page : pages.entrySet()) {
			for (boolean htmx : List.of(false, true)) {
				if (htmx && !page.getKey().startsWith("/cities?")) {
					continue;
				}
				MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(URI.create(page.getKey()))
					.accept(page.getKey().startsWith("/api/") ? "application/json"
							: page.getKey().contains("/data") ? "application/geo+json" : "text/html")
					.with(user(this.users.loadUserByUsername("mentor")));
				if (htmx) {
					request.header("HX-Request", "true");
				}
				MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
				String body = response.getContentAsString();
				String where = page.getKey() + (htmx ? " (htmx)" : "");
				if (response.getStatus() != 200) {
					leaks.add(where + ": " + response.getStatus());
				}
				if (body.contains(this.peruvianName) || body.contains("Peruvian secret")
						|| mentionsId(body, this.peruvian)) {
					leaks.add(where + ": shows the Peruvian candidate");
				}
				if (page.getValue() && !body.contains(this.colombianName)) {
					leaks.add(where + ": misses the assigned Colombian candidate");
				}
			}
		}
		assertThat(leaks).isEmpty();
	}

	@Test
	void otherUsersStillSeeTheUnassignedCandidate() throws Exception {
		for (String path : List.of("/cities?q=" + this.peruvianName.replace(' ', '+'), "/outreach/board",
				"/api/v1/cities/" + this.peruvian, "/cities/" + this.peruvian)) {
			String body = this.mvc
				.perform(MockMvcRequestBuilders.get(URI.create(path))
					.with(user(this.users.loadUserByUsername("consejo"))))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body).as(path).contains(this.peruvianName);
		}
	}

	@Test
	void theMentorSeesOnlyWhatTheyMayUseInTheNavigation() throws Exception {
		String home = this.mvc
			.perform(MockMvcRequestBuilders.get("/").with(user(this.users.loadUserByUsername("mentor"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(home).contains("href=\"/outreach/candidates\"", "href=\"/cities\"")
			.doesNotContain("href=\"/ranking\"", "href=\"/directory/organizations\"", "href=\"/admin/");
		String city = this.mvc
			.perform(MockMvcRequestBuilders.get("/cities/{id}", this.colombian)
				.with(user(this.users.loadUserByUsername("mentor"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(city).contains(this.colombianName).doesNotContain("/ranking/cities/");
		String candidate = this.mvc
			.perform(MockMvcRequestBuilders.get("/outreach/candidates/{id}", this.colombian)
				.with(user(this.users.loadUserByUsername("mentor"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(candidate).contains(this.colombianName).doesNotContain("/ranking/cities/");
	}

	/** Rows whose path names a city or an interaction through a placeholder. */
	private static List<Row> scopedRows() throws Exception {
		return AuthorizationMatrix.load().rows().stream().filter((row) -> {
			Matcher matcher = PLACEHOLDER.matcher(row.path());
			while (matcher.find()) {
				if (isCity(matcher.group(1)) || isInteraction(matcher.group(1))) {
					return true;
				}
			}
			return false;
		}).toList();
	}

	private static boolean isCity(String placeholder) {
		return placeholder.toLowerCase().endsWith("cityid");
	}

	private static boolean isInteraction(String placeholder) {
		return placeholder.toLowerCase().endsWith("interactionid");
	}

	private static String substitute(String path, long city, long mentorCity, long interaction) {
		Matcher matcher = PLACEHOLDER.matcher(path);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String value;
			if (isCity(name)) {
				value = Long.toString(name.toLowerCase().startsWith("mentor") ? mentorCity : city);
			}
			else if (isInteraction(name)) {
				value = Long.toString(interaction);
			}
			else {
				value = matcher.group();
			}
			matcher.appendReplacement(result, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	private MockHttpServletResponse call(Row row, String path) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()),
				URI.create(path));
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
		request.with(user(this.users.loadUserByUsername("mentor")));
		return this.mvc.perform(request).andReturn().getResponse();
	}

	/** Whether a page or JSON links to or names the city by its id. */
	private static boolean mentionsId(String body, long id) {
		return Pattern.compile("/" + id + "(?![0-9])|\"(city)?[iI]d\"\\s*:\\s*" + id + "(?![0-9])")
			.matcher(body)
			.find();
	}

}
