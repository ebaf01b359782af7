package org.integra.tasks;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.integra.IntegraTest;
import org.integra.SignedIn;
import org.integra.accounts.Accounts;
import org.integra.cities.TestCities;
import org.integra.outreach.Mentors;
import org.integra.outreach.Pipeline;
import org.integra.system.AuthorizationMatrix.Outcome;
import org.integra.system.AuthorizationMatrix.Row;
import org.integra.system.AuthorizationMatrix;
import org.integra.system.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every task route of the authorization matrix that names a task, tried by the Medellín
 * mentor on a task about a Peruvian candidate not assigned to Medellín (the changing
 * routes too, with that task instead of {@code {missingId}}): each answers 403 or 404
 * without naming the task, and the task stays as it was. The reading routes open for a
 * task about a Colombian candidate assigned to Medellín.
 */
@IntegraTest
class TaskMentorScopeTests {

	@Autowired
	TestCities testCities;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Pipeline pipeline;

	@Autowired
	Mentors mentors;

	@Autowired
	Tasks tasks;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	final List<Long> cities = new ArrayList<>();

	Task foreign;

	Task own;

	@BeforeEach
	void tasks() {
		String unique = Long.toString(System.nanoTime(), 36);
		long colombian = city("Tareacol " + unique, "CO");
		long peruvian = city("Tareaper " + unique, "PE");
		this.mentors.assign(colombian, this.accounts.mentorCityOf("mentor").orElseThrow(), null, "coordinacion");
		this.foreign = SignedIn.as("coordinacion", "COORDINATOR",
				() -> this.tasks.create(new TaskDraft("Peruvian task secret " + unique, null, "coordinacion",
						LocalDate.now().plusDays(1), peruvian, null, null, null), "coordinacion"));
		this.own = SignedIn.as("coordinacion", "COORDINATOR",
				() -> this.tasks.create(new TaskDraft("Colombian task " + unique, null, "coordinacion",
						LocalDate.now().plusDays(1), colombian, null, null, null), "coordinacion"));
	}

	@AfterEach
	void removeCities() {
		this.testCities.delete(this.cities);
	}

	@Test
	void everyTaskRouteIsRefusedToTheMentorForAForeignCandidatesTask() throws Exception {
		List<Row> rows = taskRows();
		assertThat(rows).as("matrix rows naming a task")
			.extracting((row) -> row.method() + " " + row.path())
			.containsExactlyInAnyOrder("GET /tasks/{taskId}", "GET /tasks/{taskId}/edit",
					"POST /tasks/{missingId}/edit", "POST /tasks/{missingId}/status", "GET /api/v1/tasks/{taskId}",
					"PUT /api/v1/tasks/{missingId}", "POST /api/v1/tasks/{missingId}/status");
		List<String> leaks = new ArrayList<>();
		for (Row row : rows) {
			String path = substitute(row.path(), this.foreign.getId());
			MockHttpServletResponse response = call(row, path);
			if (response.getStatus() != 403 && response.getStatus() != 404) {
				leaks.add(String.format("line %d %s %s: %d", row.line(), row.method(), path, response.getStatus()));
			}
			else if (response.getContentAsString().contains(this.foreign.getTitle())) {
				leaks.add(String.format("line %d %s %s: names the task", row.line(), row.method(), path));
			}
		}
		assertThat(leaks).isEmpty();
		Task after = this.tasks.get(this.foreign.getId());
		assertThat(after.getStatus()).isEqualTo(TaskStatus.OPEN);
		assertThat(after.getVersion()).isEqualTo(this.foreign.getVersion());
	}

	@Test
	void theReadingRoutesOpenForTheirCandidatesTask() throws Exception {
		List<String> closed = new ArrayList<>();
		for (Row row : taskRows()) {
			if (!"GET".equals(row.method()) || row.expected().get(Roles.MENTOR) != Outcome.ALLOW) {
				continue;
			}
			String path = substitute(row.path(), this.own.getId());
			int status = call(row, path).getStatus();
			if (status != 200) {
				closed.add(String.format("line %d %s %s: %d", row.line(), row.method(), path, status));
			}
		}
		assertThat(closed).isEmpty();
	}

	private static List<Row> taskRows() throws Exception {
		return AuthorizationMatrix.load()
			.rows()
			.stream()
			.filter((row) -> row.path().startsWith("/tasks/") || row.path().startsWith("/api/v1/tasks/"))
			.filter((row) -> row.path().contains("{taskId}") || row.path().contains("{missingId}"))
			.toList();
	}

	private static String substitute(String path, long taskId) {
		return path.replace("{taskId}", Long.toString(taskId)).replace("{missingId}", Long.toString(taskId));
	}

	private MockHttpServletResponse call(Row row, String path) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()),
				URI.create(path));
		request.accept(row.isApi() ? "application/json" : "text/html,application/xhtml+xml,*/*;q=0.8");
		if (!"GET".equals(row.method())) {
			request.with(csrf());
			String body = row.body().isEmpty() ? (row.isApi() ? "{}" : "") : row.body();
			if (body.startsWith("{")) {
				request.contentType(MediaType.APPLICATION_JSON).content(body);
			}
			else {
				request.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body);
			}
		}
		request.with(user(this.users.loadUserByUsername("mentor")));
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private long city(String name, String country) {
		long id = this.testCities.create(name, country);
		this.cities.add(id);
		this.pipeline.identify(id, "test", "coordinacion");
		return id;
	}

}
