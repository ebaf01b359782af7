package org.integra.events.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.integra.IntegraTest;
import org.integra.accounts.Accounts;
import org.integra.accounts.MutableClock;
import org.integra.cities.TestCities;
import org.integra.events.EventFixtures;
import org.integra.events.Events;
import org.integra.outreach.Mentors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The invitations and the attendance of an event downloaded as XLSX and CSV: headers in
 * the user's language, the list's filter applied, labels instead of constants, hostile
 * names neutralised, a mentor's download holding only their candidates.
 */
@IntegraTest
class ParticipantExportWebTests {

	static final RequestPostProcessor COORDINATOR = user("coordinacion").roles("COORDINATOR");

	static final RequestPostProcessor SECRETARIAT = user("secretaria").roles("SECRETARIAT");

	static final RequestPostProcessor MENTOR = user("mentor").roles("MENTOR");

	static final RequestPostProcessor VIEWER = user("consejo").roles("VIEWER");

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String HOSTILE = "=HYPERLINK(\"https://evil.example/\",\"clic\")";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Events events;

	@Autowired
	TestCities cities;

	@Autowired
	MutableClock clock;

	@Autowired
	Mentors mentors;

	@Autowired
	Accounts accounts;

	EventFixtures fixtures;

	Long assigned;

	@BeforeEach
	void fixtures() {
		this.fixtures = new EventFixtures(this.events, this.cities, this.jdbc);
	}

	@AfterEach
	void reset() {
		this.clock.reset();
		if (this.assigned != null) {
			this.mentors.unassign(this.assigned, this.accounts.mentorCityOf("mentor").orElseThrow());
		}
	}

	@Test
	void theInvitationsDownloadAsXlsxInSpanishWithTheStatusFilterAndTheHostileNameNeutralised() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		long city = this.fixtures.candidate("INTERESTED", "BO");
		String cityName = cityName(city);
		long hostile = invite(event, this.fixtures.contact(city, HOSTILE, "es"));
		answer(event, hostile, "ACCEPT", "3");
		long ana = invite(event, this.fixtures.contact(this.fixtures.candidate("INTERESTED", "CL"), "Ana Ruiz", "es"));
		answer(event, ana, "DECLINE", "");
		invite(event, this.fixtures.contact(this.fixtures.candidate("INTERESTED", "PE"), "Beto Silva", "pt"));

		MockHttpServletResponse response = download(
				get("/events/" + event + "/invitations/export").param("format", "xlsx")
					.param("status", "ACCEPTED")
					.with(COORDINATOR));
		assertThat(response.getContentType()).isEqualTo(XLSX);
		assertThat(response.getHeader("Content-Disposition")).matches(
				"attachment; filename=\"taller-de-resiliencia-[a-z0-9-]+-\\d{4}-\\d{2}-\\d{2}-invitaciones\\.xlsx\"");
		List<List<String>> rows = ExportFiles.xlsx(response.getContentAsByteArray());
		assertThat(rows.get(0)).containsExactly("Nombre", "Organización", "Ciudad", "Correo electrónico", "Idioma",
				"Estado", "Personas", "Respuesta recibida por", "Respondió el", "Nota");
		assertThat(rows).hasSize(2);
		List<String> row = rows.get(1);
		assertThat(row.get(0)).isEqualTo("'" + HOSTILE);
		assertThat(row.get(2)).isEqualTo(cityName);
		assertThat(row.subList(4, 8)).containsExactly("Español", "Aceptada", "3", "Teléfono");
		assertThat(row.get(8)).isEqualTo(ExportFiles.MINUTES.format(answeredAt(hostile)));
	}

	@Test
	void theInvitationsDownloadAsCsvInPortugueseWithABomAndEveryStatus() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		long ana = invite(event, this.fixtures.contact(this.fixtures.candidate("INTERESTED", "CL"), "Ana Ruiz", "es"));
		answer(event, ana, "DECLINE", "");
		invite(event, this.fixtures.contact(this.fixtures.candidate("INTERESTED", "BR"), "+Beto Silva", "pt"));

		MockHttpServletResponse response = download(
				get("/events/" + event + "/invitations/export").param("format", "csv")
					.header("Accept-Language", "pt")
					.with(VIEWER));
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition"))
			.startsWith("attachment; filename=\"taller-de-resiliencia-")
			.endsWith("-convites.csv\"");
		List<List<String>> rows = ExportFiles.csv(response.getContentAsByteArray());
		assertThat(rows.get(0)).containsExactly("Nome", "Organização", "Cidade", "E-mail", "Idioma", "Situação",
				"Pessoas", "Resposta recebida por", "Respondeu em", "Observação");
		assertThat(rows.subList(1, rows.size()))
			.extracting((r) -> r.get(0) + " | " + r.get(4) + " | " + r.get(5) + " | " + r.get(7))
			.containsExactly("'+Beto Silva | Português | Enviado, sem resposta | ",
					"Ana Ruiz | Español | Recusado | Telefone");
	}

	@Test
	void aMentorsDownloadHoldsOnlyTheInvitationsOfTheirCandidates() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		long own = this.fixtures.candidate("INTERESTED", "CO");
		this.mentors.assign(own, this.accounts.mentorCityOf("mentor").orElseThrow(), null, "coordinacion");
		this.assigned = own;
		invite(event, this.fixtures.contact(own, "Camila Restrepo", "es"));
		invite(event, this.fixtures.contact(this.fixtures.candidate("INTERESTED", "PE"), "Jorge Foráneo", "es"));

		List<List<String>> rows = ExportFiles
			.xlsx(download(get("/events/" + event + "/invitations/export").param("format", "xlsx").with(MENTOR))
				.getContentAsByteArray());
		assertThat(rows).extracting((r) -> r.get(0)).containsExactly("Nombre", "Camila Restrepo");
		List<List<String>> all = ExportFiles
			.csv(download(get("/events/" + event + "/invitations/export").param("format", "csv").with(COORDINATOR))
				.getContentAsByteArray());
		assertThat(all).extracting((r) -> r.get(0)).containsExactly("Nombre", "Camila Restrepo", "Jorge Foráneo");
	}

	@Test
	void theAttendanceDownloadsWithTheCheckInSearchAndMarksTheNoShowsOnceTheEventIsOver() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		long maria = invite(event,
				this.fixtures.contact(this.fixtures.candidate("INTERESTED", "EC"), "María Pérez", "es"));
		answer(event, maria, "ACCEPT", "1");
		long pedro = invite(event,
				this.fixtures.contact(this.fixtures.candidate("INTERESTED", "UY"), "Pedro Sosa", "es"));
		answer(event, pedro, "ACCEPT", "1");
		invite(event, this.fixtures.contact(this.fixtures.candidate("INTERESTED", "AR"), "Nadie Respondió", "es"));
		this.mvc.perform(post("/events/" + event + "/check-in/invitations/" + maria).with(SECRETARIAT).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/events/" + event + "/check-in/walk-ins").with(SECRETARIAT)
				.with(csrf())
				.param("name", "@Lucía Mamani")
				.param("organization", "Gobierno Autónomo Municipal de El Alto")
				.param("city", "El Alto"))
			.andExpect(flash().attribute("message", "events.walkIn.added"));
		String mariaAt = ExportFiles.MINUTES.format(checkedInAt("invitation_id = " + maria));
		String walkInAt = ExportFiles.MINUTES.format(checkedInAt("event_id = " + event + " and source = 'WALK_IN'"));

		MockHttpServletResponse response = download(
				get("/events/" + event + "/attendance/export").param("format", "xlsx").with(SECRETARIAT));
		assertThat(response.getContentType()).isEqualTo(XLSX);
		assertThat(response.getHeader("Content-Disposition")).endsWith("-asistencia.xlsx\"");
		List<List<String>> rows = ExportFiles.xlsx(response.getContentAsByteArray());
		assertThat(rows.get(0)).containsExactly("Nombre", "Organización", "Ciudad", "Origen", "Asistencia",
				"Llegada (hora del evento)", "Llegada registrada por");
		assertThat(rows.subList(1, rows.size()))
			.extracting((r) -> r.get(0) + " | " + r.get(3) + " | " + r.get(4) + " | " + r.get(5) + " | " + r.get(6))
			.containsExactly("María Pérez | Invitación | Llegó | " + mariaAt + " | secretaria",
					"Pedro Sosa | Invitación | Aún no llegó |  | ",
					"'@Lucía Mamani | Sin invitación | Llegó | " + walkInAt + " | secretaria");

		this.clock.advance(Duration.ofDays(70));
		List<List<String>> over = ExportFiles
			.csv(download(get("/events/" + event + "/attendance/export").param("format", "csv")
				.param("q", "pedro")
				.header("Accept-Language", "pt")
				.with(COORDINATOR)).getContentAsByteArray());
		assertThat(over).extracting((r) -> r.get(0) + " | " + r.get(3) + " | " + r.get(4))
			.containsExactly("Nome | Origem | Presença", "Pedro Sosa | Convite | Não compareceu");
		this.mvc.perform(get("/events/" + event + "/attendance/export").with(MENTOR)).andExpect(status().isForbidden());
		this.mvc.perform(get("/events/" + event + "/attendance/export").with(VIEWER)).andExpect(status().isForbidden());
	}

	@Test
	void theListPagesLinkTheirDownloadsWithTheirFilters() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		String invitations = this.mvc
			.perform(get("/events/" + event + "/invitations").param("status", "ACCEPTED").with(COORDINATOR))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(invitations).contains("/events/" + event + "/invitations/export?format=xlsx&amp;status=ACCEPTED")
			.contains("/events/" + event + "/invitations/export?format=csv&amp;status=ACCEPTED");
		String checkIn = this.mvc.perform(get("/events/" + event + "/check-in").param("q", "ana").with(SECRETARIAT))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(checkIn).contains("/events/" + event + "/attendance/export?format=csv&amp;q=ana");
	}

	private MockHttpServletResponse download(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
	}

	private long invite(long event, long person) throws Exception {
		this.mvc.perform(post("/events/" + event + "/invitations").with(COORDINATOR)
			.with(csrf())
			.param("personId", Long.toString(person)));
		return this.jdbc.sql("select id from event_invitation where event_id = ? and person_id = ?")
			.params(event, person)
			.query(Long.class)
			.single();
	}

	private void answer(long event, long invitation, String answer, String party) throws Exception {
		this.mvc
			.perform(post("/events/" + event + "/invitations/" + invitation + "/answer").with(COORDINATOR)
				.with(csrf())
				.param("answer", answer)
				.param("party", party)
				.param("via", "PHONE"))
			.andExpect(status().is3xxRedirection());
	}

	private String cityName(long city) {
		return this.jdbc.sql("select name from city where id = ?").param(city).query(String.class).single();
	}

	private LocalDateTime answeredAt(long invitation) {
		return local(this.jdbc.sql("select answered_at from event_invitation where id = ?")
			.param(invitation)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant());
	}

	private LocalDateTime checkedInAt(String where) {
		return local(this.jdbc.sql("select checked_in_at from event_attendance where " + where)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant());
	}

	private static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneId.of("America/La_Paz"));
	}

}
