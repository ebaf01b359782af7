package org.integra.events.web;

import java.time.LocalDate;

import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.integra.cities.TestCities;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class ForumWebTests {

	static final RequestPostProcessor COORDINATOR = user("coordinacion").roles("COORDINATOR");

	static final RequestPostProcessor VIEWER = user("consejo").roles("VIEWER");

	static final RequestPostProcessor MENTOR = user("mentor").roles("MENTOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCities cities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCoordinatorRecordsTheAssociationRepresentativesOutcomeAndContacts() throws Exception {
		String title = TestCities.unique("Foro de AME");
		long event = forum(title, "2017-10-05T09:00");
		long association = organization(TestCities.unique("Asociación de Municipalidades"), "ASSOCIATION", "EC", null);
		long body = organization(TestCities.unique("Secretaría Técnica"), "NETWORK_BODY", "UY", null);
		long representative = person(TestCities.unique("Representante"), body);
		long city = this.cities.city(TestCities.unique("Ciudad candidata"), "EC").relation("CANDIDATE").create();
		long mayor = person(TestCities.unique("Alcaldesa"),
				organization(TestCities.unique("Alcaldía"), "CITY_GOVERNMENT", "EC", city));
		long other = person(TestCities.unique("Concejal"), association);
		this.mvc
			.perform(record(event, association, body, "Acuerdo de cooperación", "0")
				.param("representativeIds", Long.toString(representative))
				.param("contactIds", Long.toString(mayor), Long.toString(other)))
			.andExpect(redirectedUrl("/events/" + event))
			.andExpect(flash().attribute("message", "events.forum.saved"));

		Document panel = page(get("/events/" + event + "/forum").with(VIEWER).header("HX-Request", "true"));
		assertThat(panel.select("#forum-association").text()).contains("Asociación de Municipalidades")
			.contains("(Ecuador)");
		assertThat(panel.select("#forum-body").text()).startsWith("Secretaría Técnica");
		assertThat(panel.select("#forum-representatives li")).hasSize(1);
		assertThat(panel.select("#representative-" + representative + " a").attr("href"))
			.isEqualTo("/directory/people/" + representative);
		assertThat(panel.select("#forum-outcome").text()).isEqualTo("Acuerdo de cooperación");
		assertThat(panel.select("#forum-contacts li")).hasSize(2);
		assertThat(panel.select("#candidate-contact-" + mayor).text()).startsWith("Contacto de la ciudad candidata");
		assertThat(panel.select("#make-candidate-contact-" + other)).isEmpty();
		assertThat(panel.select("#forum-form")).isEmpty();
		Document asCoordinator = page(get("/events/" + event + "/forum").with(COORDINATOR));
		assertThat(asCoordinator.select("#make-candidate-contact-" + other).attr("href"))
			.isEqualTo("/directory/people/" + other + "/edit");
		assertThat(asCoordinator.select("#associationId option[selected]").val()).isEqualTo(Long.toString(association));
		assertThat(asCoordinator.select("#forum-history").text()).isNotBlank();
		assertThat(this.jdbc.sql("select count(*) from audit_entry where entity_type = 'EventForum' and entity_id = ?")
			.param(Long.toString(event))
			.query(Long.class)
			.single()).isEqualTo(1);

		Document eventPage = page(get("/events/" + event).with(VIEWER));
		assertThat(eventPage.select("#forum-section").attr("hx-get")).isEqualTo("/events/" + event + "/forum");

		// a second save with the version read changes it; a stale one is refused
		String version = asCoordinator.select("#forum-form input[name=version]").val();
		assertThat(version).isNotEqualTo("0");
		this.mvc.perform(record(event, association, body, "Acuerdo firmado", version))
			.andExpect(redirectedUrl("/events/" + event));
		MvcResult stale = this.mvc.perform(record(event, association, body, "Otro", version))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(Jsoup.parse(stale.getResponse().getContentAsString()).select("#forum-global-errors").text())
			.contains("Otra persona cambió este foro");
		assertThat(outcomeOf(event)).isEqualTo("Acuerdo firmado");
	}

	@Test
	void theSurveyShowsTheForumsAttendedPerCountry() throws Exception {
		String title = TestCities.unique("Foro de AMUPA");
		long event = forum(title, "2017-09-12T09:00");
		long association = organization(TestCities.unique("Asociación de Municipios"), "ASSOCIATION", "PA", null);
		String upcomingTitle = TestCities.unique("Foro futuro");
		long upcoming = forum(upcomingTitle, LocalDate.now().plusMonths(3) + "T09:00");
		this.mvc.perform(record(event, association, null, "", "0")).andExpect(redirectedUrl("/events/" + event));
		this.mvc.perform(record(upcoming, association, null, "", "0")).andExpect(redirectedUrl("/events/" + upcoming));

		Document overview = page(get("/directory/survey").with(VIEWER));
		assertThat(overview.select("#survey-forums-PA a").eachAttr("href")).contains("/events/" + event)
			.doesNotContain("/events/" + upcoming);
		Document country = page(get("/directory/survey/PA").with(VIEWER));
		assertThat(country.select("#survey-forum-" + event).text()).contains(title)
			.contains("Asociación de Municipios")
			.contains("2017-09-12");
		assertThat(country.select("#survey-forum-" + upcoming)).isEmpty();
		Document other = page(get("/directory/survey/PY").with(VIEWER));
		assertThat(other.select("#survey-forum-" + event)).isEmpty();
	}

	@Test
	void aWrongKindOfOrganisationIsRefusedAndNothingSaved() throws Exception {
		long event = forum(TestCities.unique("Foro"), "2017-10-05T09:00");
		long cityGovernment = organization(TestCities.unique("Alcaldía"), "CITY_GOVERNMENT", "EC", null);
		long association = organization(TestCities.unique("Asociación"), "ASSOCIATION", "EC", null);
		MvcResult refused = this.mvc.perform(record(event, cityGovernment, association, "Acuerdo", "0"))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Jsoup.parse(refused.getResponse().getContentAsString());
		assertThat(page.select("#associationId-error").text()).startsWith("Elija una asociación de municipios");
		assertThat(page.select("#bodyId-error").text()).startsWith("Elija una instancia de la red");
		assertThat(page.select("#outcome").text()).isEqualTo("Acuerdo");
		MvcResult missing = this.mvc.perform(record(event, null, null, "", "0")).andExpect(status().isOk()).andReturn();
		assertThat(Jsoup.parse(missing.getResponse().getContentAsString()).select("#associationId-error").text())
			.isEqualTo("Elija la asociación que organiza el foro.");
		assertThat(forums(event)).isZero();
	}

	@Test
	void theOutcomeWaitsForTheForumToStart() throws Exception {
		long event = forum(TestCities.unique("Foro"), LocalDate.now().plusMonths(2) + "T09:00");
		long association = organization(TestCities.unique("Asociación"), "ASSOCIATION", "BO", null);
		MvcResult refused = this.mvc.perform(record(event, association, null, "Acuerdo", "0"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(Jsoup.parse(refused.getResponse().getContentAsString()).select("#outcome-error").text())
			.isEqualTo("El resultado se anota cuando el foro ya empezó o se realizó.");
		assertThat(forums(event)).isZero();
		this.mvc.perform(record(event, association, null, "", "0")).andExpect(redirectedUrl("/events/" + event));
		assertThat(forums(event)).isEqualTo(1);
	}

	@Test
	void aFollowUpTaskIsCreatedThroughTheTasksModule() throws Exception {
		long event = forum(TestCities.unique("Foro"), "2017-10-05T09:00");
		long association = organization(TestCities.unique("Asociación"), "ASSOCIATION", "PE", null);
		this.mvc.perform(record(event, association, null, "", "0")).andExpect(redirectedUrl("/events/" + event));
		String task = TestCities.unique("Enviar la ficha de ingreso");
		this.mvc
			.perform(post("/events/" + event + "/forum/tasks").with(COORDINATOR)
				.with(csrf())
				.param("title", task)
				.param("dueOn", "2017-10-20")
				.param("assignee", "coordinacion"))
			.andExpect(redirectedUrl("/events/" + event))
			.andExpect(flash().attribute("message", "events.forum.taskCreated"));
		assertThat(this.jdbc.sql(
				"select title || '|' || assignee || '|' || due_on || '|' || organization_id from task where event_id = ?")
			.param(event)
			.query(String.class)
			.list()).containsExactly(task + "|coordinacion|2017-10-20|" + association);
		Document panel = page(get("/events/" + event + "/forum").with(VIEWER));
		assertThat(panel.select("#forum-tasks li").text()).contains(task).contains("2017-10-20");
		MvcResult refused = this.mvc
			.perform(post("/events/" + event + "/forum/tasks").with(COORDINATOR)
				.with(csrf())
				.param("title", "")
				.param("dueOn", "mañana")
				.param("assignee", "nadie-" + System.nanoTime()))
			.andExpect(status().isOk())
			.andReturn();
		Document form = Jsoup.parse(refused.getResponse().getContentAsString());
		assertThat(form.select("#dueOn-error").text()).isEqualTo("Escriba una fecha como 2017-12-15.");
		assertThat(
				this.jdbc.sql("select count(*) from task where event_id = ?").param(event).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void otherEventsAndUnknownPeopleAnswerNotFound() throws Exception {
		long workshop = this.jdbc.sql("select min(id) from event where kind = 'WORKSHOP'").query(Long.class).single();
		long event = forum(TestCities.unique("Foro"), "2017-10-05T09:00");
		long association = organization(TestCities.unique("Asociación"), "ASSOCIATION", "CO", null);
		this.mvc.perform(get("/events/" + workshop + "/forum").with(VIEWER)).andExpect(status().isNotFound());
		this.mvc.perform(get("/events/999999999/forum").with(VIEWER)).andExpect(status().isNotFound());
		this.mvc.perform(record(workshop, association, null, "", "0")).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/events/" + workshop + "/forum/tasks").with(COORDINATOR).with(csrf()).param("title", "x"))
			.andExpect(status().isNotFound());
		this.mvc.perform(record(event, association, null, "", "0").param("contactIds", "999999999"))
			.andExpect(status().isNotFound());
		this.mvc.perform(record(event, association, null, "", "0").param("representativeIds", "999999999"))
			.andExpect(status().isNotFound());
		this.mvc.perform(record(event, 999_999_999L, null, "", "0")).andExpect(status().isNotFound());
		assertThat(forums(event)).isZero();
		assertThat(forums(workshop)).isZero();
	}

	@Test
	void onlyManagersRecordTheForum() throws Exception {
		long event = forum(TestCities.unique("Foro"), "2017-10-05T09:00");
		long association = organization(TestCities.unique("Asociación"), "ASSOCIATION", "CO", null);
		this.mvc.perform(record(event, association, null, "", "0").with(MENTOR)).andExpect(status().isForbidden());
		this.mvc.perform(record(event, association, null, "", "0").with(VIEWER)).andExpect(status().isForbidden());
		assertThat(forums(event)).isZero();
	}

	@Test
	void hostileTextIsStoredAsTypedAndShownEscaped() throws Exception {
		long event = forum(TestCities.unique("Foro"), "2017-10-05T09:00");
		long association = organization(TestCities.unique("Asociación"), "ASSOCIATION", "CL", null);
		String version = "0";
		for (String input : java.util.List.of(HostileInputs.SCRIPT, HostileInputs.ATTRIBUTE_BREAKOUT, HostileInputs.SQL,
				HostileInputs.NON_BMP)) {
			this.mvc.perform(record(event, association, null, input, version))
				.andExpect(redirectedUrl("/events/" + event));
			version = page(get("/events/" + event + "/forum").with(COORDINATOR)).select("#version").val();
			assertThat(outcomeOf(event)).isEqualTo(input);
			this.mvc
				.perform(post("/events/" + event + "/forum/tasks").with(COORDINATOR)
					.with(csrf())
					.param("title", input)
					.param("assignee", "coordinacion"))
				.andExpect(redirectedUrlPattern("/events/*"));
			MvcResult shown = this.mvc.perform(get("/events/" + event + "/forum").with(VIEWER)).andReturn();
			HostileInputs.assertNotServerError(shown);
			HostileInputs.assertRenderedEscaped(shown.getResponse().getContentAsString(), input);
		}
		MvcResult tooLong = this.mvc.perform(record(event, association, null, HostileInputs.LONG, version))
			.andExpect(status().isOk())
			.andReturn();
		HostileInputs.assertNotServerError(tooLong);
		assertThat(Jsoup.parse(tooLong.getResponse().getContentAsString()).select("#outcome-error").text())
			.isEqualTo("El resultado admite hasta 4.000 caracteres.");
		MvcResult longTask = this.mvc
			.perform(post("/events/" + event + "/forum/tasks").with(COORDINATOR)
				.with(csrf())
				.param("title", HostileInputs.LONG)
				.param("assignee", "coordinacion"))
			.andReturn();
		HostileInputs.assertNotServerError(longTask);
		MvcResult garbage = this.mvc
			.perform(post("/events/" + event + "/forum").with(COORDINATOR)
				.with(csrf())
				.param("associationId", HostileInputs.SQL)
				.param("contactIds", HostileInputs.SCRIPT)
				.param("version", HostileInputs.NON_BMP))
			.andReturn();
		HostileInputs.assertNotServerError(garbage);
		HostileInputs.assertRenderedEscaped(garbage.getResponse().getContentAsString(), HostileInputs.SCRIPT);
		assertThat(outcomeOf(event)).isEqualTo(HostileInputs.NON_BMP);
	}

	/** A forum participation online, starting then in La Paz. */
	private long forum(String title, String startsAt) throws Exception {
		String endsAt = startsAt.substring(0, 11) + "18:00";
		MvcResult result = this.mvc
			.perform(post("/events").with(COORDINATOR)
				.with(csrf())
				.param("kind", "FORUM_PARTICIPATION")
				.param("titleEs", title)
				.param("titlePt", title)
				.param("timeZone", "America/La_Paz")
				.param("startsAt", startsAt)
				.param("endsAt", endsAt)
				.param("format", "ONLINE")
				.param("onlineLink", "https://foro.example.org/"))
			.andExpect(redirectedUrlPattern("/events/*"))
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private MockHttpServletRequestBuilder record(long event, Long association, Long body, String outcome,
			String version) {
		MockHttpServletRequestBuilder request = post("/events/" + event + "/forum").with(COORDINATOR)
			.with(csrf())
			.param("outcome", outcome)
			.param("version", version);
		if (association != null) {
			request.param("associationId", Long.toString(association));
		}
		if (body != null) {
			request.param("bodyId", Long.toString(body));
		}
		return request;
	}

	private long organization(String name, String kind, String country, Long cityId) {
		return insert(
				"insert into directory_organization (name, kind, country_code, city_id, name_search, version, "
						+ "created_at, updated_at) values (?, ?, ?, ?, ?, 0, current_timestamp, current_timestamp)",
				name, kind, country, cityId, name.toLowerCase());
	}

	private long person(String name, long organizationId) {
		return insert(
				"insert into directory_person (name, organization_id, name_search, version, created_at, "
						+ "updated_at) values (?, ?, ?, 0, current_timestamp, current_timestamp)",
				name, organizationId, name.toLowerCase());
	}

	private long insert(String sql, Object... parameters) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql(sql).params(parameters).update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	private long forums(long event) {
		return this.jdbc.sql("select count(*) from event_forum where event_id = ?")
			.param(event)
			.query(Long.class)
			.single();
	}

	private String outcomeOf(long event) {
		return this.jdbc.sql("select outcome from event_forum where event_id = ?")
			.param(event)
			.query(String.class)
			.single();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
