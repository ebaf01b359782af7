package org.integra.events.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.integra.cities.TestCities;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
class EventWebTests {

	static final RequestPostProcessor COORDINATOR = user("coordinacion").roles("COORDINATOR");

	static final RequestPostProcessor MENTOR = user("mentor").roles("MENTOR");

	static final RequestPostProcessor VIEWER = user("consejo").roles("VIEWER");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCities cities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCoordinatorCreatesAnEventAndEveryRoleReadsIt() throws Exception {
		String title = TestCities.unique("Taller de resiliencia");
		long city = candidateCity("Ciudad Sede");
		long id = create(inPerson(title, city));
		Document page = page(get("/events/" + id).with(VIEWER));
		assertThat(page.select("#event-title").text()).isEqualTo(title);
		assertThat(page.select("#event-status").text()).isEqualTo("Borrador");
		assertThat(page.select("#event-kind").text()).isEqualTo("Taller");
		assertThat(page.select("#event-when").text()).contains("09:00–18:00 (America/La_Paz)");
		assertThat(page.select("#event-venue").text()).contains("Salón Municipal").contains("(Bolivia)");
		assertThat(page.select("#event-capacity").text()).isEqualTo("40");
		assertThat(page.select("#edit-event")).isEmpty();
		assertThat(page.select("#event-status-change")).isEmpty();
		assertThat(page.select("#history").text()).isNotBlank();
		assertThat(this.jdbc.sql("select country_code from event where id = ?").param(id).query(String.class).single())
			.isEqualTo("BO");
		Document asCoordinator = page(get("/events/" + id).with(COORDINATOR));
		assertThat(asCoordinator.select("#edit-event")).hasSize(1);
		assertThat(asCoordinator.select("#status-ANNOUNCED, #status-CANCELLED")).hasSize(2);
		assertThat(asCoordinator.select("#status-CANCELLED").attr("data-confirm")).isNotBlank();
	}

	@Test
	void thePageIsInTheReadersLanguage() throws Exception {
		String title = TestCities.unique("Taller");
		long id = create(inPerson(title, candidateCity("Ciudad"), "titlePt", "Oficina " + title));
		Document page = page(get("/events/" + id).with(VIEWER).header("Accept-Language", "pt"));
		assertThat(page.select("#event-title").text()).isEqualTo("Oficina " + title);
		assertThat(page.select("#event-status").text()).isEqualTo("Rascunho");
	}

	@Test
	void aRefusedFormKeepsWhatWasTypedAndSaysWhatIsWrong() throws Exception {
		long before = count();
		MvcResult result = this.mvc
			.perform(post("/events").with(COORDINATOR)
				.with(csrf())
				.param("kind", "WORKSHOP")
				.param("titleEs", "Taller sin título en portugués")
				.param("titlePt", "")
				.param("timeZone", "America/La_Paz")
				.param("startsAt", "2017-11-16T18:00")
				.param("endsAt", "2017-11-16T09:00")
				.param("format", "ONLINE")
				.param("onlineLink", "javascript:alert(1)")
				.param("capacity", "cuarenta"))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("#titlePt-error").text()).isEqualTo("Escriba el título en portugués.");
		assertThat(page.select("#endsAt-error").text()).isEqualTo("El final debe ser posterior al comienzo.");
		assertThat(page.select("#onlineLink-error").text()).contains("https://");
		assertThat(page.select("#capacity-error").text()).isEqualTo("Escriba un número entero, por ejemplo 40.");
		assertThat(page.select("#titleEs").val()).isEqualTo("Taller sin título en portugués");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void hostileTextIsStoredAsTypedAndShownEscaped() throws Exception {
		long city = candidateCity("Ciudad");
		for (String input : List.of(HostileInputs.SCRIPT, HostileInputs.ATTRIBUTE_BREAKOUT, HostileInputs.SQL,
				HostileInputs.NON_BMP)) {
			long id = create(inPerson(TestCities.unique("Taller"), city, "descriptionEs", input, "theme", input));
			MvcResult shown = this.mvc.perform(get("/events/" + id).with(VIEWER)).andReturn();
			HostileInputs.assertNotServerError(shown);
			HostileInputs.assertRenderedEscaped(shown.getResponse().getContentAsString(), input);
		}
		MvcResult tooLong = this.mvc
			.perform(post("/events").with(COORDINATOR).with(csrf()).param("titleEs", HostileInputs.LONG))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(Jsoup.parse(tooLong.getResponse().getContentAsString()).select("#titleEs-error").text())
			.isEqualTo("El título admite hasta 200 caracteres.");
	}

	@Test
	void unknownEventsAndUnknownIdsInTheFormAreRefused() throws Exception {
		this.mvc.perform(get("/events/999999999").with(VIEWER)).andExpect(status().isNotFound());
		this.mvc.perform(get("/events/999999999/edit").with(COORDINATOR)).andExpect(status().isNotFound());
		this.mvc.perform(post("/events/999999999/status").with(COORDINATOR).with(csrf()).param("status", "HELD"))
			.andExpect(status().isNotFound());
		long before = count();
		MvcResult refused = this.mvc
			.perform(inPerson(TestCities.unique("Taller"), 999_999_999L, "organizerId", "999999999"))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Jsoup.parse(refused.getResponse().getContentAsString());
		assertThat(page.select("#cityId-error").text()).isEqualTo("Esa ciudad no está registrada.");
		assertThat(page.select("#organizerId-error").text()).startsWith("Elija un organizador de la lista");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void onlyCoordinatorsAndAdminsChangeEvents() throws Exception {
		long id = create(inPerson(TestCities.unique("Taller"), candidateCity("Ciudad")));
		this.mvc.perform(get("/events/new").with(MENTOR)).andExpect(status().isForbidden());
		this.mvc.perform(inPerson("Otro", candidateCity("Ciudad")).with(MENTOR)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/events/" + id + "/status").with(VIEWER)
				.with(csrf())
				.param("status", "ANNOUNCED")
				.param("version", "0"))
			.andExpect(status().isForbidden());
		assertThat(statusOf(id)).isEqualTo("DRAFT");
	}

	@Test
	void theStatusMovesForwardOnlyAndAHeldEventIsNoLongerEdited() throws Exception {
		long id = create(inPerson(TestCities.unique("Taller"), candidateCity("Ciudad")));
		changeStatus(id, "HELD", 0).andExpect(flash().attribute("error", "events.event.status.refused"));
		assertThat(statusOf(id)).isEqualTo("DRAFT");
		changeStatus(id, "ANNOUNCED", 0).andExpect(flash().attribute("message", "events.event.statusChanged"));
		changeStatus(id, "HELD", 0).andExpect(flash().attribute("error", "events.event.stale"));
		changeStatus(id, "HELD", 1).andExpect(flash().attribute("message", "events.event.statusChanged"));
		assertThat(statusOf(id)).isEqualTo("HELD");
		this.mvc.perform(get("/events/" + id + "/edit").with(COORDINATOR))
			.andExpect(flash().attribute("error", "events.event.notEditable"));
		changeStatus(id, "CANCELLED", 2).andExpect(flash().attribute("error", "events.event.status.refused"));
		changeStatus(id, "NOT_A_STATUS", 2).andExpect(flash().attribute("error", "events.event.status.refused"));
	}

	@Test
	void editingKeepsTheRecordAndAStaleFormIsRefused() throws Exception {
		String title = TestCities.unique("Taller");
		long city = candidateCity("Ciudad");
		long id = create(inPerson(title, city));
		this.mvc.perform(edit(id, inPerson(title + " (reprogramado)", city).param("version", "0")))
			.andExpect(redirectedUrl("/events/" + id));
		assertThat(this.jdbc.sql("select title_es from event where id = ?").param(id).query(String.class).single())
			.isEqualTo(title + " (reprogramado)");
		MvcResult stale = this.mvc.perform(edit(id, inPerson(title + " (otra)", city).param("version", "0")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(Jsoup.parse(stale.getResponse().getContentAsString()).select("#form-global-errors").text())
			.contains("Otra persona cambió este evento");
		assertThat(this.jdbc.sql("select title_es from event where id = ?").param(id).query(String.class).single())
			.isEqualTo(title + " (reprogramado)");
	}

	@Test
	void theListFiltersByWordsIgnoringAccentsKindStatusCountryAndDates() throws Exception {
		String word = "Resiliéncia" + Long.toString(System.nanoTime(), 36);
		long boliviaCity = candidateCity("Ciudad");
		long peruCity = this.cities.city(TestCities.unique("Ciudad"), "PE").relation("CANDIDATE").create();
		long workshop = create(inPerson("Taller " + word, boliviaCity));
		long forum = create(inPerson("Foro " + word, peruCity, "kind", "FORUM_PARTICIPATION", "startsAt",
				"2018-03-05T09:00", "endsAt", "2018-03-06T13:00", "answerDeadline", ""));
		String plain = word.replace("é", "e").toUpperCase();
		assertThat(listed("q", plain)).containsExactly(forum, workshop);
		assertThat(listed("q", plain, "sort", "start")).containsExactly(workshop, forum);
		assertThat(listed("q", plain, "kind", "FORUM_PARTICIPATION")).containsExactly(forum);
		assertThat(listed("q", plain, "country", "bo")).containsExactly(workshop);
		assertThat(listed("q", plain, "from", "2018-03-06")).containsExactly(forum);
		assertThat(listed("q", plain, "to", "2017-11-16")).containsExactly(workshop);
		assertThat(listed("q", plain, "status", "ANNOUNCED")).isEmpty();
		assertThat(listed("q", plain, "kind", "nonsense", "from", "2018-02-30", "page", "-1", "sort", "x"))
			.containsExactly(forum, workshop);
		Document none = page(get("/events").param("q", "zzz" + word).with(VIEWER));
		assertThat(none.select("#no-matching-events")).hasSize(1);
	}

	@Test
	void theMonthViewPlacesAnEventOnEachOfItsLocalDays() throws Exception {
		String title = TestCities.unique("Foro de dos días");
		// 20:00 in La Paz is already the next day in UTC: the event belongs to its local
		// days
		create(inPerson(title, candidateCity("Ciudad"), "startsAt", "2019-07-30T20:00", "endsAt", "2019-07-31T21:00",
				"answerDeadline", ""));
		Document july = page(get("/events/calendar").param("month", "2019-07").with(MENTOR));
		assertThat(july.select("#day-2019-07-30").text()).contains(title);
		assertThat(july.select("#day-2019-07-31").text()).contains(title);
		assertThat(july.select("#day-2019-07-29").text()).doesNotContain(title);
		assertThat(july.select("#next-month").attr("href")).endsWith("month=2019-08");
		Document august = page(get("/events/calendar").param("month", "2019-08").with(MENTOR));
		assertThat(august.select("#day-2019-08-01").text()).doesNotContain(title);
		Document unreadable = page(get("/events/calendar").param("month", "julio").with(MENTOR));
		assertThat(unreadable.select("#calendar")).hasSize(1);
	}

	@Test
	void thePlansWorkshopIsTheDemoEvent() throws Exception {
		Long id = this.jdbc
			.sql("select id from event where plan_action = 'ACTION_5' and kind = 'WORKSHOP' "
					+ "and created_by = 'system'")
			.query(Long.class)
			.single();
		Document page = page(get("/events/" + id).with(VIEWER));
		assertThat(page.select("#event-theme").text()).isEqualTo("Resiliencia Urbana");
		assertThat(page.select("#event-when").text()).contains("fecha tentativa");
		assertThat(page.select("#event-organizer").text())
			.isEqualTo("Vicepresidencia de Integración Fronteriza 2016-2017");
		assertThat(page.select("#event-plan-action").text()).startsWith("Acción 5");
	}

	private long candidateCity(String name) {
		return this.cities.city(TestCities.unique(name), "BO").relation("CANDIDATE").create();
	}

	/** The form of an in-person workshop, with some fields given other values. */
	private MockHttpServletRequestBuilder inPerson(String title, long cityId, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("kind", "WORKSHOP");
		fields.put("titleEs", title);
		fields.put("titlePt", title);
		fields.put("theme", "Resiliencia urbana");
		fields.put("timeZone", "America/La_Paz");
		fields.put("startsAt", "2017-11-16T09:00");
		fields.put("endsAt", "2017-11-16T18:00");
		fields.put("format", "IN_PERSON");
		fields.put("venue", "Salón Municipal");
		fields.put("cityId", Long.toString(cityId));
		fields.put("capacity", "40");
		fields.put("answerDeadline", "2017-10-31");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/events").with(COORDINATOR).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private static MockHttpServletRequestBuilder edit(long id, MockHttpServletRequestBuilder form) {
		return form.with((request) -> {
			request.setRequestURI("/events/" + id + "/edit");
			return request;
		});
	}

	private long create(MockHttpServletRequestBuilder form) throws Exception {
		MvcResult result = this.mvc.perform(form).andExpect(redirectedUrlPattern("/events/*")).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private org.springframework.test.web.servlet.ResultActions changeStatus(long id, String status, long version)
			throws Exception {
		return this.mvc.perform(post("/events/" + id + "/status").with(COORDINATOR)
			.with(csrf())
			.param("status", status)
			.param("version", Long.toString(version)));
	}

	private List<Long> listed(String... parameters) throws Exception {
		MockHttpServletRequestBuilder request = get("/events").with(VIEWER);
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return page(request).select("#events tbody tr")
			.stream()
			.map((row) -> Long.valueOf(row.id().substring("event-".length())))
			.toList();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private long count() {
		return this.jdbc.sql("select count(*) from event").query(Long.class).single();
	}

	private String statusOf(long id) {
		return this.jdbc.sql("select status from event where id = ?").param(id).query(String.class).single();
	}

}
