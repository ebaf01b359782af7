package org.integra.tasks.web;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VToDo;
import org.integra.IntegraTest;
import org.integra.tasks.Task;
import org.integra.tasks.TaskFixtures;
import org.integra.tasks.TaskStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The private calendar feed: created, shown once, replaced, revoked, and read by a real
 * iCalendar parser.
 */
@IntegraTest
class CalendarFeedControllerTests {

	private static final Pattern FEED_URL = Pattern.compile("id=\"feed-url\"[^>]*value=\"([^\"]+)\"");

	private static final String LONG_TITLE = "Preparar la carta de interés para la alcaldía de São Paulo, ".repeat(6)
			+ "y fin";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	TaskFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new TaskFixtures(this.context);
	}

	@Test
	void pageOffersToCreateAFeed() throws Exception {
		String username = this.fixtures.user("feed.page", null, "en");
		String page = this.mvc.perform(get("/tasks/feed").with(as(username)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"feed-create\"").doesNotContain("id=\"feed-revoke\"");
	}

	@Test
	void createdFeedIsShownOnceAndOnlyItsHashIsStored() throws Exception {
		String username = this.fixtures.user("feed.once", null, "es");
		// the Host header is the client's: the link comes from integra.base-url
		MockHttpServletResponse created = this.mvc
			.perform(post("/tasks/feed").with(as(username)).with(csrf()).header(HttpHeaders.HOST, "evil.example"))
			.andReturn()
			.getResponse();
		assertThat(created.getStatus()).isEqualTo(200);
		assertThat(created.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		String url = feedUrl(created.getContentAsString());
		assertThat(url).matches("http://localhost:8080/calendar/itc_[A-Za-z0-9_-]{43}\\.ics");
		String token = url.substring(url.lastIndexOf('/') + 1, url.length() - 4);
		String stored = this.jdbc.sql("select token_hash from task_calendar_feed where username = ?")
			.param(username)
			.query(String.class)
			.single();
		assertThat(stored).hasSize(64).doesNotContain(token);
		String page = this.mvc.perform(get("/tasks/feed").with(as(username)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"feed-revoke\"", "id=\"feed-create\"", "data-confirm=")
			.doesNotContain(token)
			.doesNotContain("id=\"feed-url\"");
	}

	@Test
	void feedHoldsTheOwnersOpenTasksAndParses() throws Exception {
		String username = this.fixtures.user("feed.parse", null, "pt");
		String other = this.fixtures.user("feed.other", null, "pt");
		LocalDate due = LocalDate.of(2026, 12, 3);
		Task tricky = this.fixtures.task(username, "Llamar a Bogotá, Medellín; y Asunción\ncon acento: ñandú",
				"Línea uno\nLínea dos; con coma, y barra \\ al final", due, null);
		Task longOne = this.fixtures.task(username, LONG_TITLE, null, null, null);
		Task done = this.fixtures.close(this.fixtures.task(username, "Ya hecha", null, due, null), TaskStatus.DONE);
		Task notMine = this.fixtures.task(other, "De otra persona", null, due, null);
		String url = create(username);

		MockHttpServletResponse response = this.mvc
			.perform(get(path(url)).with(anonymous()).header(HttpHeaders.HOST, "evil.example"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		MediaType type = MediaType.parseMediaType(response.getContentType());
		assertThat(type.isCompatibleWith(MediaType.parseMediaType("text/calendar"))).isTrue();
		assertThat(type.getCharset()).isEqualTo(StandardCharsets.UTF_8);
		String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(body).endsWith("\r\n");
		for (String line : body.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}

		Calendar calendar = new CalendarBuilder().build(new StringReader(body));
		assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
		assertThat(calendar.<Property>getProperty(Property.VERSION).orElseThrow().getValue()).isEqualTo("2.0");
		assertThat(calendar.<Property>getProperty(Property.PRODID)).isPresent();
		assertThat(calendar.<Property>getProperty(Property.CALSCALE).orElseThrow().getValue()).isEqualTo("GREGORIAN");
		List<VToDo> todos = calendar.getComponents(Component.VTODO);
		assertThat(todos).extracting((todo) -> value(todo, Property.UID))
			.containsExactlyInAnyOrder("task-" + tricky.getId() + "@integra", "task-" + longOne.getId() + "@integra")
			.doesNotContain("task-" + done.getId() + "@integra", "task-" + notMine.getId() + "@integra");
		VToDo first = todos.stream()
			.filter((todo) -> value(todo, Property.UID).equals("task-" + tricky.getId() + "@integra"))
			.findFirst()
			.orElseThrow();
		assertThat(value(first, Property.SUMMARY)).isEqualTo(tricky.getTitle());
		assertThat(value(first, Property.DESCRIPTION)).isEqualTo(tricky.getDescription());
		assertThat(value(first, Property.DUE)).isEqualTo("20261203");
		assertThat(first.<Property>getProperty(Property.DUE).orElseThrow().getParameter("VALUE").orElseThrow())
			.hasToString("VALUE=DATE");
		assertThat(value(first, Property.STATUS)).isEqualTo("NEEDS-ACTION");
		assertThat(value(first, Property.URL)).isEqualTo("http://localhost:8080/tasks/" + tricky.getId());
		assertThat(first.<Property>getProperty(Property.DTSTAMP)).isPresent();
		VToDo second = todos.stream().filter((todo) -> todo != first).findFirst().orElseThrow();
		assertThat(value(second, Property.SUMMARY)).isEqualTo(LONG_TITLE);
		assertThat(second.<Property>getProperty(Property.DUE)).isEmpty();

		assertThat(
				this.jdbc.sql("select count(*) from task_calendar_feed where username = ? and last_used_at is not null")
					.param(username)
					.query(Integer.class)
					.single())
			.isEqualTo(1);
	}

	@Test
	void replacingAndRevokingEndTheOldUrl() throws Exception {
		String username = this.fixtures.user("feed.revoke", null, "es");
		String first = create(username);
		assertThat(status(first)).isEqualTo(200);
		String second = create(username);
		assertThat(second).isNotEqualTo(first);
		assertThat(status(first)).isEqualTo(404);
		assertThat(status(second)).isEqualTo(200);

		this.mvc.perform(post("/tasks/feed/revoke").with(as(username)).with(csrf()));
		MockHttpServletResponse revoked = this.mvc.perform(get(path(second)).with(anonymous()))
			.andReturn()
			.getResponse();
		MockHttpServletResponse unknown = this.mvc
			.perform(get("/calendar/itc_" + "A".repeat(43) + ".ics").with(anonymous()))
			.andReturn()
			.getResponse();
		assertThat(revoked.getStatus()).isEqualTo(404);
		assertThat(unknown.getStatus()).isEqualTo(404);
		assertThat(revoked.getContentAsString()).isEqualTo(unknown.getContentAsString());
		String page = this.mvc.perform(get("/tasks/feed").with(as(username)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("id=\"feed-revoke\"");
	}

	@Test
	void oddTokensAreNotFound() throws Exception {
		for (String token : List.of("x", "%00", "..", "itc_" + "é".repeat(300), "' OR 1=1 --")) {
			int status = this.mvc.perform(get("/calendar/{token}.ics", token).with(anonymous()))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(token).isIn(400, 404);
		}
	}

	private String create(String username) throws Exception {
		return feedUrl(this.mvc.perform(post("/tasks/feed").with(as(username)).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private int status(String url) throws Exception {
		return this.mvc.perform(get(path(url)).with(anonymous())).andReturn().getResponse().getStatus();
	}

	private static String path(String url) {
		return url.substring("http://localhost:8080".length());
	}

	private static String feedUrl(String page) {
		Matcher matcher = FEED_URL.matcher(page);
		assertThat(matcher.find()).as("feed URL in the page").isTrue();
		return matcher.group(1);
	}

	private static String value(Component component, String name) {
		return component.<Property>getProperty(name).orElseThrow().getValue();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
