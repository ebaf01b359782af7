package org.integra.tasks.web;

import java.time.Clock;
import java.time.LocalDate;

import org.integra.IntegraTest;
import org.integra.accounts.Accounts;
import org.integra.outreach.Mentors;
import org.integra.outreach.Pipeline;
import org.integra.tasks.TaskFixtures;
import org.integra.tasks.TaskStatus;
import org.integra.tasks.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class TaskApiTests {

	static final RequestPostProcessor COORDINATOR = user("coordinacion").roles("COORDINATOR");

	static final RequestPostProcessor MENTOR = user("mentor").roles("MENTOR");

	static final RequestPostProcessor VIEWER = user("consejo").roles("VIEWER");

	@Autowired
	ApplicationContext context;

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
	Clock clock;

	TaskFixtures fixtures;

	LocalDate today;

	@BeforeEach
	void fixtures() {
		this.fixtures = new TaskFixtures(this.context);
		this.today = LocalDate.now(this.clock);
	}

	@AfterEach
	void cleanUp() {
		this.fixtures.close();
	}

	static MockHttpServletRequestBuilder send(MockHttpServletRequestBuilder request, String json) {
		return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json);
	}

	@Test
	void createReadChangeAndCloseATask() throws Exception {
		long city = this.fixtures.candidate("Apiciudad", "PE");
		String title = TaskFixtures.unique("API task");
		MvcResult created = this.mvc
			.perform(send(post("/api/v1/tasks"),
					"{\"title\":\"" + title + "\",\"assignee\":\"secretaria\",\"dueOn\":\"" + this.today.minusDays(1)
							+ "\",\"cityId\":" + city + "}")
				.with(COORDINATOR))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/tasks/")))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.overdue").value(true))
			.andExpect(jsonPath("$.createdBy").value("coordinacion"))
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		long id = this.fixtures.taskId(title);
		assertThat(location).isEqualTo("/api/v1/tasks/" + id);
		this.mvc.perform(get(location).with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value(title))
			.andExpect(jsonPath("$.cityId").value(city))
			.andExpect(jsonPath("$.version").value(0));
		this.mvc
			.perform(get("/api/v1/tasks").param("city", Long.toString(city))
				.param("overdue", "true")
				.param("assignee", "secretaria")
				.param("status", "open")
				.param("q", "api TASK")
				.with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem((int) id)))
			.andExpect(jsonPath("$.totalItems").value(1));
		this.mvc
			.perform(get("/api/v1/tasks").param("city", Long.toString(city))
				.param("dueAfter", this.today.toString())
				.with(COORDINATOR))
			.andExpect(jsonPath("$.totalItems").value(0));
		this.mvc
			.perform(send(put(location),
					"{\"title\":\"Changed\",\"assignee\":\"secretaria\",\"version\":0," + "\"cityId\":" + city + "}")
				.with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Changed"))
			.andExpect(jsonPath("$.dueOn").doesNotExist())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(send(put(location), "{\"title\":\"Stale\",\"assignee\":\"secretaria\",\"version\":0}")
				.with(COORDINATOR))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(send(post(location + "/status"), "{\"status\":\"DONE\",\"version\":1}").with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.closedAt").exists());
		this.mvc.perform(send(post(location + "/status"), "{\"status\":\"CANCELLED\"}").with(COORDINATOR))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		this.mvc.perform(send(post(location + "/status"), "{\"status\":\"OPEN\"}").with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OPEN"));
		assertThat(this.tasks.get(id).getStatus()).isEqualTo(TaskStatus.OPEN);
	}

	@Test
	void refusedFieldsComeBackAsAProblem() throws Exception {
		this.mvc
			.perform(send(post("/api/v1/tasks"),
					"{\"title\":\"" + "x".repeat(501) + "\",\"assignee\":\"ghost\",\"organizationId\":999999999}")
				.with(COORDINATOR))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("title")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("assignee")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("organizationId")));
		this.mvc.perform(send(post("/api/v1/tasks"), "{}").with(COORDINATOR))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("title")));
		this.mvc.perform(get("/api/v1/tasks").param("status", "NOPE").with(COORDINATOR))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		this.mvc.perform(send(post("/api/v1/tasks"), "{\"title\":\"t\",\"assignee\":\"consejo\"}").with(VIEWER))
			.andExpect(status().isForbidden());
	}

	private long taskCount() {
		return this.jdbc.sql("select count(*) from task").query(Long.class).single();
	}

	@Test
	void aViewerCannotBeAssignedATaskEvenWhenTheListIsBypassed() throws Exception {
		long before = taskCount();
		this.mvc
			.perform(send(post("/api/v1/tasks"), "{\"title\":\"Leer el informe\",\"assignee\":\"consejo\"}")
				.with(COORDINATOR))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("assignee")));
		assertThat(taskCount()).isEqualTo(before);
	}

	@Test
	void aMentorOnlyReachesTheTasksOfTheirCandidates() throws Exception {
		long medellin = this.accounts.mentorCityOf("mentor").orElseThrow();
		long colombian = this.fixtures.candidate("Apicol", "CO");
		long peruvian = this.fixtures.candidate("Apiper", "PE");
		this.mentors.assign(colombian, medellin, null, "coordinacion");
		String foreignTitle = TaskFixtures.unique("Foreign");
		this.mvc
			.perform(send(post("/api/v1/tasks"),
					"{\"title\":\"" + foreignTitle + "\",\"assignee\":\"coordinacion\",\"cityId\":" + peruvian + "}")
				.with(COORDINATOR))
			.andExpect(status().isCreated());
		long foreign = this.fixtures.taskId(foreignTitle);
		this.mvc.perform(get("/api/v1/tasks/{id}", foreign).with(MENTOR)).andExpect(status().isNotFound());
		this.mvc
			.perform(send(put("/api/v1/tasks/{id}", foreign), "{\"title\":\"x\",\"assignee\":\"mentor\",\"version\":0}")
				.with(MENTOR))
			.andExpect(status().isNotFound());
		this.mvc.perform(send(post("/api/v1/tasks/{id}/status", foreign), "{\"status\":\"DONE\"}").with(MENTOR))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(send(post("/api/v1/tasks"),
					"{\"title\":\"Sneak\",\"assignee\":\"mentor\",\"cityId\":" + peruvian + "}")
				.with(MENTOR))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(send(post("/api/v1/tasks"),
					"{\"title\":\"Own\",\"assignee\":\"mentor\",\"cityId\":" + colombian + "}")
				.with(MENTOR))
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/tasks").param("city", Long.toString(peruvian)).with(MENTOR))
			.andExpect(jsonPath("$.totalItems").value(0))
			.andExpect(jsonPath("$.items[*].title", not(hasItem(foreignTitle))));
		this.mvc.perform(get("/api/v1/tasks").param("city", Long.toString(colombian)).with(MENTOR))
			.andExpect(jsonPath("$.totalItems").value(1));
	}

}
