package org.integra.events.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.integra.cities.TestCities;
import org.integra.events.EventFixtures;
import org.integra.events.Events;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class AgendaWebTests {

	static final RequestPostProcessor COORDINATOR = user("coordinacion").roles("COORDINATOR");

	static final RequestPostProcessor VIEWER = user("consejo").roles("VIEWER");

	static final RequestPostProcessor SECRETARIAT = user("secretaria").roles("SECRETARIAT");

	@Autowired
	MockMvc mvc;

	@Autowired
	Events events;

	@Autowired
	TestCities cities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCoordinatorAddsEditsAndDeletesSessionsListedByTime() throws Exception {
		long event = event();
		long person = person("Rosa Quispe");
		add(event,
				session("Panel de resiliencia", 11, 12, "Sala Illimani").param("speakerIds", Long.toString(person))
					.param("guests[0].name", "Juan Pérez")
					.param("guests[0].organization", "Alcaldía de El Alto"))
			.andExpect(redirectedUrl("/events/" + event + "/agenda"))
			.andExpect(flash().attribute("message", "events.session.saved"));
		add(event, session("Apertura", 9, 10, "Sala Illimani"))
			.andExpect(redirectedUrl("/events/" + event + "/agenda"));
		Document agenda = page(get("/events/" + event + "/agenda").with(VIEWER));
		assertThat(agenda.select("#sessions .session-title").eachText()).containsExactly("Apertura",
				"Panel de resiliencia");
		assertThat(agenda.select("#sessions .session-times").eachText()).containsExactly(day() + " 09:00–10:00",
				day() + " 11:00–12:00");
		assertThat(agenda.select("#sessions tbody tr").get(1).select(".session-speakers li").eachText())
			.containsExactly("Rosa Quispe (" + organizationOf(person) + ")", "Juan Pérez (Alcaldía de El Alto)");
		assertThat(agenda.select("#add-session, [id^=edit-session-], [id^=delete-session-]")).isEmpty();

		long panel = sessionId(event, "Panel de resiliencia");
		Document asCoordinator = page(get("/events/" + event + "/agenda").with(COORDINATOR));
		assertThat(asCoordinator.select("#delete-session-" + panel).attr("data-confirm")).isNotBlank();
		Document form = page(get("/events/" + event + "/sessions/" + panel + "/edit").with(COORDINATOR));
		assertThat(form.select("#titleEs").val()).isEqualTo("Panel de resiliencia");
		assertThat(form.select("#guests0\\.name").val()).isEqualTo("Juan Pérez");
		this.mvc
			.perform(session("Panel de resiliencia urbana", 13, 14, "Sala Illimani").param("version", "0")
				.with(at("/events/" + event + "/sessions/" + panel + "/edit")))
			.andExpect(redirectedUrl("/events/" + event + "/agenda"));
		assertThat(page(get("/events/" + event + "/agenda").with(VIEWER)).select("#sessions .session-title").eachText())
			.containsExactly("Apertura", "Panel de resiliencia urbana");
		assertThat(this.jdbc.sql("select count(*) from event_session_speaker where session_id = ?")
			.param(panel)
			.query(Long.class)
			.single()).isZero();

		this.mvc.perform(post("/events/" + event + "/sessions/" + panel + "/delete").with(COORDINATOR).with(csrf()))
			.andExpect(redirectedUrl("/events/" + event + "/agenda"))
			.andExpect(flash().attribute("message", "events.session.deleted"));
		assertThat(titles(event)).containsExactly("Apertura");
		assertThat(this.jdbc
			.sql("select action from audit_entry where entity_type = 'EventSession' and entity_id = ? order by id")
			.param(Long.toString(panel))
			.query(String.class)
			.list()).containsExactly("CREATE", "UPDATE", "DELETE");
	}

	@Test
	void anOverlapInTheSameRoomIsRefusedAndNothingIsSaved() throws Exception {
		long event = event();
		add(event, session("Apertura", 9, 11, "Sala A")).andExpect(redirectedUrl("/events/" + event + "/agenda"));
		MvcResult refused = add(event, session("Taller paralelo", 10, 12, "sala a")).andExpect(status().isOk())
			.andReturn();
		Document page = Jsoup.parse(refused.getResponse().getContentAsString());
		assertThat(page.select("#form-global-errors").text()).isEqualTo("Esa sala ya está ocupada por «Apertura» ("
				+ day() + " 09:00–11:00). " + "Elija otro horario u otra sala.");
		assertThat(page.select("#titleEs").val()).isEqualTo("Taller paralelo");
		add(event, session("Taller paralelo", 10, 12, "Sala B"))
			.andExpect(redirectedUrl("/events/" + event + "/agenda"));
		assertThat(titles(event)).containsExactly("Apertura", "Taller paralelo");
		MvcResult outside = add(event, session("Cena", 18, 20, "Sala A")).andExpect(status().isOk()).andReturn();
		assertThat(Jsoup.parse(outside.getResponse().getContentAsString()).select("#startsAt-error").text())
			.isEqualTo("La sesión debe transcurrir dentro del horario del evento.");
		assertThat(titles(event)).containsExactly("Apertura", "Taller paralelo");
	}

	@Test
	void aSessionOfAnotherEventIsNotFound() throws Exception {
		long event = event();
		long other = event();
		add(event, session("Apertura", 9, 10, "Sala A")).andExpect(redirectedUrl("/events/" + event + "/agenda"));
		long session = sessionId(event, "Apertura");
		this.mvc.perform(get("/events/" + other + "/sessions/" + session + "/edit").with(COORDINATOR))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(session("Cambiada", 9, 10, "Sala A").param("version", "0")
				.with(at("/events/" + other + "/sessions/" + session + "/edit")))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/events/" + other + "/sessions/" + session + "/delete").with(COORDINATOR).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/events/999999999/agenda").with(VIEWER)).andExpect(status().isNotFound());
		assertThat(titles(event)).containsExactly("Apertura");
	}

	@Test
	void onlyThoseWhoRunEventsChangeTheAgenda() throws Exception {
		long event = event();
		this.mvc.perform(get("/events/" + event + "/sessions/new").with(SECRETARIAT)).andExpect(status().isForbidden());
		this.mvc.perform(session("Apertura", 9, 10, "Sala A").with(VIEWER)).andExpect(status().isForbidden());
		assertThat(titles(event)).isEmpty();
		Document form = page(get("/events/" + event + "/sessions/new").with(COORDINATOR));
		assertThat(form.select("#startsAt").val()).isEqualTo(day() + "T09:00");
	}

	@Test
	void theAgendaDownloadsAsAPdfInSpanishOrPortuguese() throws Exception {
		long event = event();
		add(event,
				session("Apertura", 9, 10, "Sala A").param("titlePt", "Abertura oficial")
					.param("guests[0].name", "Ana Souza")
					.param("guests[0].organization", "Prefeitura de Niterói"))
			.andExpect(status().is3xxRedirection());
		MvcResult pt = this.mvc.perform(get("/events/" + event + "/agenda.pdf").param("lang", "pt").with(VIEWER))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(pt.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
		assertThat(pt.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("agenda-taller-de-resiliencia-")
			.endsWith("-" + event + "-pt.pdf\"");
		String text = text(pt.getResponse().getContentAsByteArray());
		assertThat(text).contains("Abertura oficial", "Sala A", "Ana Souza (Prefeitura de Niterói)", "Programação",
				"Unidades Temáticas", "Espaço aberto para as Unidades Temáticas preencherem.");
		MvcResult es = this.mvc.perform(get("/events/" + event + "/agenda.pdf").param("lang", "xx").with(VIEWER))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(text(es.getResponse().getContentAsByteArray())).contains("Apertura", "Programa")
			.doesNotContain("Abertura oficial");
	}

	@Test
	void hostileTextInEveryFieldIsStoredAsTypedAndShownEscaped() throws Exception {
		long event = event();
		int hour = 9;
		for (String input : List.of(HostileInputs.SCRIPT, HostileInputs.ATTRIBUTE_BREAKOUT, HostileInputs.SQL,
				HostileInputs.NON_BMP)) {
			add(event,
					session(input, hour, hour + 1, input).param("titlePt", input)
						.param("titleEn", input)
						.param("guests[0].name", input)
						.param("guests[0].organization", input))
				.andExpect(status().is3xxRedirection());
			hour++;
		}
		assertThat(this.jdbc.sql("select title_es from event_session where event_id = ? order by starts_at")
			.param(event)
			.query(String.class)
			.list()).containsExactly(HostileInputs.SCRIPT, HostileInputs.ATTRIBUTE_BREAKOUT, HostileInputs.SQL,
					HostileInputs.NON_BMP);
		MvcResult shown = this.mvc.perform(get("/events/" + event + "/agenda").with(COORDINATOR)).andReturn();
		HostileInputs.assertNotServerError(shown);
		for (String input : List.of(HostileInputs.SCRIPT, HostileInputs.ATTRIBUTE_BREAKOUT)) {
			HostileInputs.assertRenderedEscaped(shown.getResponse().getContentAsString(), input);
		}
		long first = sessionId(event, HostileInputs.SCRIPT);
		MvcResult edit = this.mvc.perform(get("/events/" + event + "/sessions/" + first + "/edit").with(COORDINATOR))
			.andReturn();
		HostileInputs.assertRenderedEscaped(edit.getResponse().getContentAsString(), HostileInputs.SCRIPT);
		MvcResult pdf = this.mvc.perform(get("/events/" + event + "/agenda.pdf").with(VIEWER))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(text(pdf.getResponse().getContentAsByteArray())).contains(HostileInputs.SCRIPT);
		for (String field : List.of("titleEs", "titlePt", "titleEn", "room", "guests[0].name", "guests[0].organization",
				"startsAt", "speakerIds")) {
			MvcResult tooLong = add(event,
					session("Cierre", 17, 18, "Sala Z").with(replacing(field, HostileInputs.LONG)))
				.andReturn();
			HostileInputs.assertNotServerError(tooLong);
			assertThat(tooLong.getResponse().getStatus()).as(field).isEqualTo(200);
		}
		assertThat(titles(event)).hasSize(4);
	}

	private ResultActions add(long event, MockHttpServletRequestBuilder form) throws Exception {
		return this.mvc.perform(form.with(at("/events/" + event + "/sessions")));
	}

	/** The form of a session on the fixture's day, with the hours given. */
	private MockHttpServletRequestBuilder session(String title, int fromHour, int toHour, String room) {
		return post("/events/0/sessions").with(COORDINATOR)
			.with(csrf())
			.param("titleEs", title)
			.param("titlePt", title)
			.param("startsAt", String.format("%sT%02d:00", day(), fromHour))
			.param("endsAt", String.format("%sT%02d:00", day(), toHour))
			.param("room", room);
	}

	/** The form with one field's value replaced. */
	static RequestPostProcessor replacing(String field, String value) {
		return (request) -> {
			request.setParameter(field, value);
			return request;
		};
	}

	private static RequestPostProcessor at(String uri) {
		return (request) -> {
			request.setRequestURI(uri);
			return request;
		};
	}

	private long event() {
		return new EventFixtures(this.events, this.cities, this.jdbc).announcedEvent(null);
	}

	/** The fixture event's day: two months from today. */
	private static String day() {
		return LocalDate.now().plusMonths(2).toString();
	}

	private long person(String name) {
		long city = this.cities.city(TestCities.unique("Ciudad"), "BO").relation("CANDIDATE").create();
		return new EventFixtures(this.events, this.cities, this.jdbc).contact(city, name, "es");
	}

	private String organizationOf(long person) {
		return this.jdbc
			.sql("select o.name from directory_person p join directory_organization o on o.id = p.organization_id "
					+ "where p.id = ?")
			.param(person)
			.query(String.class)
			.single();
	}

	private long sessionId(long event, String title) {
		return this.jdbc.sql("select id from event_session where event_id = ? and title_es = ?")
			.params(event, title)
			.query(Long.class)
			.single();
	}

	private List<String> titles(long event) {
		return this.jdbc.sql("select title_es from event_session where event_id = ? order by starts_at, id")
			.param(event)
			.query(String.class)
			.list();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
