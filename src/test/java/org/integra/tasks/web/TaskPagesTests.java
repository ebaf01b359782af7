package org.integra.tasks.web;

import org.integra.SignedIn;
import org.integra.outreach.OutreachPolicy;
import org.integra.system.Actor;
import org.integra.system.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.integra.accounts.Accounts;
import org.integra.accounts.Role;
import org.integra.outreach.Channel;
import org.integra.outreach.InteractionDraft;
import org.integra.outreach.InteractionKind;
import org.integra.outreach.Interactions;
import org.integra.outreach.InterestLevel;
import org.integra.outreach.Mentors;
import org.integra.outreach.Pipeline;
import org.integra.tasks.Task;
import org.integra.tasks.TaskDraft;
import org.integra.tasks.TaskFixtures;
import org.integra.tasks.TaskStatus;
import org.integra.tasks.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class TaskPagesTests {

	static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	static final RequestPostProcessor COORDINATOR = user("coordinacion").roles("COORDINATOR");

	static final RequestPostProcessor SECRETARIAT = user("secretaria").roles("SECRETARIAT");

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
	Interactions interactions;

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

	Task task(String title, String assignee, LocalDate due, Long cityId) {
		return SignedIn.as("admin", "ADMIN",
				() -> this.tasks.create(new TaskDraft(title, null, assignee, due, cityId, null, null, null), "admin"));
	}

	@Test
	void myTasksGroupsOpenTasksByDueDateAndHighlightsTheOverdue() throws Exception {
		long city = this.fixtures.candidate("Tareaciudad", "PE");
		Task late = task(TaskFixtures.unique("Late"), "secretaria", this.today.minusDays(2), city);
		Task now = task(TaskFixtures.unique("Now"), "secretaria", this.today, null);
		Task soon = task(TaskFixtures.unique("Soon"), "secretaria", this.today.plusDays(3), null);
		Task someday = task(TaskFixtures.unique("Someday"), "secretaria", null, null);
		Task others = task(TaskFixtures.unique("Others"), "coordinacion", this.today, null);
		String page = this.mvc.perform(get("/tasks").with(SECRETARIAT).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(section(page, "tasks-overdue")).contains("id=\"task-" + late.getId() + "\"", "Overdue",
				"list-group-item-danger");
		assertThat(section(page, "tasks-today")).contains("id=\"task-" + now.getId() + "\"");
		assertThat(section(page, "tasks-upcoming")).contains("id=\"task-" + soon.getId() + "\"");
		assertThat(section(page, "tasks-undated")).contains("id=\"task-" + someday.getId() + "\"");
		assertThat(page).doesNotContain("id=\"task-" + others.getId() + "\"").doesNotContain("id=\"tasks-empty\"");

		this.mvc
			.perform(post("/tasks/{id}/status", late.getId()).with(SECRETARIAT)
				.with(csrf())
				.param("status", "DONE")
				.param("version", Long.toString(late.getVersion()))
				.param("back", "mine"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/tasks"));
		assertThat(this.tasks.get(late.getId()).getStatus()).isEqualTo(TaskStatus.DONE);
		String fragment = this.mvc
			.perform(post("/tasks/{id}/status", now.getId()).with(SECRETARIAT)
				.with(csrf())
				.header("HX-Request", "true")
				.header("Accept-Language", "en")
				.param("status", "DONE")
				.param("version", Long.toString(now.getVersion()))
				.param("back", "mine"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).startsWith("<div id=\"my-tasks\"")
			.contains("The task is done.", "id=\"task-" + soon.getId() + "\"")
			.doesNotContain("id=\"task-" + now.getId() + "\"", "<html");
		this.mvc.perform(get("/tasks").with(SECRETARIAT))
			.andExpect(content().string(not(containsString("id=\"task-" + late.getId() + "\""))));
	}

	@Test
	void someoneWithNothingToDoSeesTheEmptyState() throws Exception {
		String username = "tareas" + Long.toString(System.nanoTime(), 36);
		this.accounts.create(username, "Sin tareas", null, "integra-test-password-1", Set.of(Role.VIEWER));
		this.mvc.perform(get("/tasks").with(user(username).roles("VIEWER")).header("Accept-Language", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"tasks-empty\"")))
			.andExpect(content().string(containsString("No tiene tareas abiertas.")))
			.andExpect(content().string(not(containsString("id=\"new-task\""))));
	}

	@Test
	void aCoordinatorCreatesATaskForACityAndSeesItWithItsHistory() throws Exception {
		long city = this.fixtures.candidate("Creaciudad", "PE");
		String cityName = this.jdbc.sql("select name from city where id = ?").param(city).query(String.class).single();
		this.mvc.perform(get("/tasks/new").param("cityId", Long.toString(city)).with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"title\"")))
			.andExpect(content().string(containsString("id=\"description\"")))
			.andExpect(content().string(containsString("id=\"assignee\"")))
			.andExpect(content().string(containsString("id=\"dueOn\"")))
			.andExpect(content().string(containsString("id=\"save\"")))
			.andExpect(content().string(containsString(cityName)));
		String title = TaskFixtures.unique("Enviar la carta");
		this.mvc
			.perform(post("/tasks/new").with(COORDINATOR)
				.with(csrf())
				.param("title", title)
				.param("description", "Con copia a la embajada")
				.param("assignee", "secretaria")
				.param("dueOn", this.today.plusDays(5).toString())
				.param("cityId", Long.toString(city)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/tasks/*"));
		long id = this.fixtures.taskId(title);
		Task task = this.tasks.get(id);
		assertThat(task.getCityId()).isEqualTo(city);
		assertThat(task.getAssignee()).isEqualTo("secretaria");
		assertThat(task.getCreatedBy()).isEqualTo("coordinacion");
		this.mvc.perform(get("/tasks/{id}", id).with(VIEWER).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString(cityName)))
			.andExpect(content().string(containsString("id=\"history\"")))
			.andExpect(content().string(not(containsString("id=\"edit-task\""))));
		this.mvc.perform(get("/cities/{id}", city).with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"open-task-" + id + "\"")));
		this.mvc.perform(get("/outreach/candidates/{id}", city).with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"open-task-" + id + "\"")));
	}

	@Test
	void badInputIsRefusedInTheUsersLanguageAndNothingIsSaved() throws Exception {
		String title = TaskFixtures.unique("Nunca");
		this.mvc
			.perform(post("/tasks/new").with(COORDINATOR)
				.with(csrf())
				.header("Accept-Language", "pt")
				.param("title", "  ")
				.param("description", title)
				.param("assignee", "nobody")
				.param("dueOn", "31/02/2026")
				.param("cityId", "999999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Diga o que precisa ser feito.")))
			.andExpect(content().string(containsString("Digite uma data como 2026-03-31.")));
		this.mvc
			.perform(post("/tasks/new").with(COORDINATOR)
				.with(csrf())
				.header("Accept-Language", "pt")
				.param("title", title)
				.param("assignee", "coordinacion")
				.param("cityId", "999999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Essa cidade não existe.")));
		this.mvc
			.perform(post("/tasks/new").with(COORDINATOR)
				.with(csrf())
				.header("Accept-Language", "pt")
				.param("title", title)
				.param("assignee", "nobody"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Escolha um usuário que atue (ativo e não apenas leitor).")));
		assertThat(this.jdbc.sql("select count(*) from task where title = ? or description = ?")
			.params(title, title)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void hostileInputsAreRefusedOrShownAsText() throws Exception {
		for (String input : HostileInputs.ALL) {
			MvcResult result = this.mvc
				.perform(post("/tasks/new").with(COORDINATOR)
					.with(csrf())
					.param("title", input)
					.param("description", input)
					.param("assignee", "coordinacion")
					.param("dueOn", input)
					.param("cityId", input))
				.andReturn();
			HostileInputs.assertNotServerError(result);
			HostileInputs.assertRenderedEscaped(result.getResponse().getContentAsString(), input);
			MvcResult created = this.mvc
				.perform(post("/tasks/new").with(COORDINATOR)
					.with(csrf())
					.param("title", input.substring(0, Math.min(500, input.length())) + "\u0000")
					.param("description", input.substring(0, Math.min(4000, input.length())))
					.param("assignee", "coordinacion"))
				.andReturn();
			HostileInputs.assertNotServerError(created);
			String location = created.getResponse().getRedirectedUrl();
			assertThat(location).as("created with %s", HostileInputs.describe(input)).startsWith("/tasks/");
			String page = this.mvc.perform(get(location).with(COORDINATOR))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			HostileInputs.assertRenderedEscaped(page, input);
			HostileInputs.assertRenderedEscaped(
					this.mvc.perform(get("/tasks").with(COORDINATOR)).andReturn().getResponse().getContentAsString(),
					input);
			HostileInputs.assertRenderedEscaped(this.mvc.perform(get("/tasks/team").param("q", input).with(COORDINATOR))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(), input);
			long id = Long.parseLong(location.substring("/tasks/".length()));
			this.jdbc.sql("delete from task where id = ?").param(id).update();
		}
	}

	@Test
	void aStaleEditIsRefusedWithAClearMessage() throws Exception {
		Task task = task(TaskFixtures.unique("Editar"), "coordinacion", this.today, null);
		this.mvc.perform(get("/tasks/{id}/edit", task.getId()).with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + task.getVersion() + "\"")));
		SignedIn.as("coordinacion", "COORDINATOR", () -> this.tasks.update(task.getId(), task.getVersion(),
				new TaskDraft("Changed meanwhile", null, "coordinacion", this.today, null, null, null, null)));
		this.mvc
			.perform(post("/tasks/{id}/edit", task.getId()).with(COORDINATOR)
				.with(csrf())
				.header("Accept-Language", "en")
				.param("title", "My change")
				.param("assignee", "coordinacion")
				.param("version", Long.toString(task.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone changed this task while you were editing it.")));
		assertThat(this.tasks.get(task.getId()).getTitle()).isEqualTo("Changed meanwhile");
		this.mvc
			.perform(post("/tasks/{id}/edit", task.getId()).with(COORDINATOR)
				.with(csrf())
				.param("title", "My change")
				.param("assignee", "secretaria")
				.param("dueOn", this.today.plusDays(1).toString())
				.param("version", Long.toString(task.getVersion() + 1)))
			.andExpect(status().is3xxRedirection());
		Task saved = this.tasks.get(task.getId());
		assertThat(saved.getTitle()).isEqualTo("My change");
		assertThat(saved.getAssignee()).isEqualTo("secretaria");
	}

	@Test
	void aMedellinMentorSeesOnlyTheTasksOfTheirCandidates() throws Exception {
		long medellin = this.accounts.mentorCityOf("mentor").orElseThrow();
		long colombian = this.fixtures.candidate("Mentorcol", "CO");
		long peruvian = this.fixtures.candidate("Mentorper", "PE");
		this.mentors.assign(colombian, medellin, null, "coordinacion");
		Task foreign = task(TaskFixtures.unique("Peruvian secret"), "coordinacion", this.today, peruvian);
		Task own = task(TaskFixtures.unique("Colombian task"), "coordinacion", this.today, colombian);
		Task undated = task(TaskFixtures.unique("No city"), "coordinacion", null, null);
		for (String path : new String[] { "/tasks/{id}", "/tasks/{id}/edit", "/api/v1/tasks/{id}" }) {
			this.mvc.perform(get(path, foreign.getId()).with(MENTOR))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("Peruvian secret"))));
			this.mvc.perform(get(path, undated.getId()).with(MENTOR)).andExpect(status().isNotFound());
			this.mvc.perform(get(path, own.getId()).with(MENTOR)).andExpect(status().isOk());
		}
		this.mvc.perform(post("/tasks/{id}/status", foreign.getId()).with(MENTOR).with(csrf()).param("status", "DONE"))
			.andExpect(status().isNotFound());
		assertThat(this.tasks.get(foreign.getId()).getStatus()).isEqualTo(TaskStatus.OPEN);
		this.mvc.perform(get("/tasks/new").param("cityId", Long.toString(peruvian)).with(MENTOR))
			.andExpect(status().isNotFound());
		String title = TaskFixtures.unique("Mentor sneaks");
		this.mvc
			.perform(post("/tasks/new").with(MENTOR)
				.with(csrf())
				.param("title", title)
				.param("assignee", "mentor")
				.param("cityId", Long.toString(peruvian)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/tasks/new").with(MENTOR)
				.with(csrf())
				.param("title", title)
				.param("assignee", "mentor")
				.param("cityId", Long.toString(colombian)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.tasks.get(this.fixtures.taskId(title)).getCityId()).isEqualTo(colombian);
		this.mvc.perform(get("/api/v1/tasks").param("size", "500").with(MENTOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Colombian task")))
			.andExpect(content().string(not(containsString("Peruvian secret"))))
			.andExpect(content().string(not(containsString(undated.getTitle()))));
		this.mvc.perform(get("/cities/{id}", peruvian).with(COORDINATOR))
			.andExpect(content().string(containsString("id=\"open-task-" + foreign.getId() + "\"")));
	}

	@Test
	void anInteractionsNextStepShowsInMyTasksAndLeavesTheBoardCardWhenDone() throws Exception {
		long city = this.fixtures.candidate("Pasociudad", "PE");
		String step = TaskFixtures.unique("Llamar a la alcaldía");
		this.interactions.log(
				new InteractionDraft(city, this.today, InteractionKind.CALL, Channel.PORTAL, null, null, Set.of(),
						"Llamada", null, InterestLevel.HIGH, step, "secretaria", this.today.plusDays(2)),
				"coordinacion");
		long id = this.fixtures.taskId(step);
		this.mvc.perform(get("/tasks").with(SECRETARIAT))
			.andExpect(content().string(containsString("id=\"task-" + id + "\"")))
			.andExpect(content().string(containsString(step)));
		this.mvc.perform(get("/outreach/board").with(COORDINATOR))
			.andExpect(content().string(containsString("id=\"next-task-" + city + "\"")))
			.andExpect(content().string(containsString(step)));
		this.mvc.perform(post("/tasks/{id}/status", id).with(SECRETARIAT).with(csrf()).param("status", "DONE"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/outreach/board").with(COORDINATOR))
			.andExpect(content().string(not(containsString("id=\"next-task-" + city + "\""))))
			.andExpect(content().string(not(containsString(step))));
		this.mvc.perform(post("/tasks/{id}/status", id).with(SECRETARIAT).with(csrf()).param("status", "OPEN"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.tasks.get(id).getStatus()).isEqualTo(TaskStatus.OPEN);
		this.mvc.perform(post("/tasks/{id}/status", id).with(SECRETARIAT).with(csrf()).param("status", "OPEN"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.tasks.get(id).getStatus()).isEqualTo(TaskStatus.OPEN);
	}

	@Test
	void correctingTheInteractionUpdatesItsTaskAndKeepsWhatWasAddedToIt() {
		long city = this.fixtures.candidate("Corrigeciudad", "PE");
		String step = TaskFixtures.unique("Enviar el dossier");
		InteractionDraft logged = new InteractionDraft(city, this.today, InteractionKind.CALL, Channel.PORTAL, null,
				null, Set.of(), "Llamada", null, InterestLevel.MEDIUM, step, "secretaria", this.today.plusDays(2));
		long interaction = this.interactions.log(logged, "coordinacion").getId();
		Task task = this.tasks.get(this.fixtures.taskId(step));
		SignedIn.as("secretaria", "SECRETARIAT", () -> this.tasks.update(task.getId(), task.getVersion(),
				new TaskDraft(step, "Con el informe anual", "secretaria", task.getDueOn(), city, null, null, null)));

		this.interactions.correct(interaction, this.interactions.get(interaction).getVersion(),
				new InteractionDraft(city, this.today, InteractionKind.CALL, Channel.PORTAL, null, null, Set.of(),
						"Llamada", null, InterestLevel.MEDIUM, step, "coordinacion", this.today.plusDays(9)),
				OutreachPolicy.of(Actor.of("coordinacion", Roles.COORDINATOR)));

		Task corrected = this.tasks.get(task.getId());
		assertThat(corrected.getDueOn()).isEqualTo(this.today.plusDays(9));
		assertThat(corrected.getAssignee()).isEqualTo("coordinacion");
		assertThat(corrected.getDescription()).isEqualTo("Con el informe anual");
	}

	@Test
	void theTeamViewFiltersSortsAndPages() throws Exception {
		long city = this.fixtures.candidate("Equipociudad", "PE");
		Task late = task(TaskFixtures.unique("Atrasada"), "secretaria", this.today.minusDays(1), city);
		Task onTime = task(TaskFixtures.unique("A tiempo"), "coordinacion", this.today.plusDays(1), city);
		this.mvc.perform(get("/tasks/team").param("cityId", Long.toString(city)).with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"task-" + late.getId() + "\"")))
			.andExpect(content().string(containsString("id=\"task-" + onTime.getId() + "\"")));
		this.mvc.perform(get("/tasks/team").param("cityId", Long.toString(city)).param("overdue", "true").with(ADMIN))
			.andExpect(content().string(containsString("id=\"task-" + late.getId() + "\"")))
			.andExpect(content().string(not(containsString("id=\"task-" + onTime.getId() + "\""))));
		this.mvc
			.perform(get("/tasks/team").param("cityId", Long.toString(city))
				.param("assignee", "coordinacion")
				.param("status", "OPEN")
				.param("sort", "title")
				.with(COORDINATOR))
			.andExpect(content().string(not(containsString("id=\"task-" + late.getId() + "\""))))
			.andExpect(content().string(containsString("id=\"task-" + onTime.getId() + "\"")));
		this.mvc
			.perform(get("/tasks/team").param("cityId", Long.toString(city))
				.param("dueAfter", this.today.minusDays(3).toString())
				.param("dueBefore", this.today.toString())
				.with(COORDINATOR))
			.andExpect(content().string(containsString("id=\"task-" + late.getId() + "\"")))
			.andExpect(content().string(not(containsString("id=\"task-" + onTime.getId() + "\""))));
		this.mvc.perform(get("/tasks/team").param("q", "ATRASADA").with(COORDINATOR))
			.andExpect(content().string(containsString("id=\"task-" + late.getId() + "\"")));
		for (String sort : TeamTasksController.SORTS) {
			this.mvc.perform(get("/tasks/team").param("sort", sort).param("page", "2").with(COORDINATOR))
				.andExpect(status().isOk());
		}
		this.mvc
			.perform(get("/tasks/team").param("sort", "nope")
				.param("page", "x")
				.param("status", "nope")
				.param("cityId", "abc")
				.param("dueAfter", "31/02")
				.param("dueBefore", "\u0000")
				.with(COORDINATOR))
			.andExpect(status().isOk());
	}

	@Test
	void aViewerReadsButChangesNothing() throws Exception {
		// Viewers are never offered work; this one was given the task before becoming a
		// viewer.
		Task task = task(TaskFixtures.unique("Solo lectura"), "secretaria", this.today, null);
		this.jdbc.sql("update task set assignee = 'consejo' where id = ?").param(task.getId()).update();
		this.mvc.perform(get("/tasks").with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"task-" + task.getId() + "\"")))
			.andExpect(content().string(not(containsString("id=\"done-" + task.getId() + "\""))));
		this.mvc.perform(post("/tasks/{id}/status", task.getId()).with(VIEWER).with(csrf()).param("status", "DONE"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/tasks/team").with(VIEWER)).andExpect(status().isForbidden());
		assertThat(this.tasks.get(task.getId()).getStatus()).isEqualTo(TaskStatus.OPEN);
	}

	/** The element with that id up to the end of the section it starts. */
	private static String section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as("element " + id).isNotNegative();
		return page.substring(start, page.indexOf("</section>", start));
	}

	@Test
	void theAssigneeListsShowDisplayNamesSortedAndNeverAViewer() throws Exception {
		for (String path : new String[] { "/tasks/new", "/tasks/team" }) {
			org.jsoup.nodes.Document page = org.jsoup.Jsoup
				.parse(this.mvc.perform(get(path).with(COORDINATOR)).andReturn().getResponse().getContentAsString());
			var options = page.select("select[name=assignee] option[value]:not([value=''])");
			assertThat(options.eachAttr("value")).contains("coordinacion", "mentor", "secretaria")
				.doesNotContain("consejo");
			assertThat(options.eachText()).contains("Mentor (Medellín)", "Secretaría Técnica Permanente");
			var names = options.eachText();
			java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("es"));
			collator.setStrength(java.text.Collator.PRIMARY);
			assertThat(names).isSortedAccordingTo(collator);
		}
	}

}
