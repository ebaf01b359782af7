package org.integra.events.web;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.integra.accounts.MutableClock;
import org.integra.cities.TestCities;
import org.integra.events.EventFixtures;
import org.integra.events.Events;
import org.integra.events.Reminders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class InvitationWebTests {

	static final RequestPostProcessor COORDINATOR = user("coordinacion").roles("COORDINATOR");

	static final RequestPostProcessor SECRETARIAT = user("secretaria").roles("SECRETARIAT");

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
	Reminders reminders;

	EventFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new EventFixtures(this.events, this.cities, this.jdbc);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theContactsOfInterestedCandidatesAreSuggestedWithTheReasonAndInvitedByEmail() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		long interested = this.fixtures.candidate("INTERESTED", "EC");
		long contacted = this.fixtures.candidate("CONTACTED", "PE");
		long maria = this.fixtures.contact(interested, "María Pérez", "es");
		long joao = this.fixtures.contact(contacted, "João Silva", "pt");
		Document list = page(get("/events/" + event + "/invitations").with(COORDINATOR));
		assertThat(list.select("#choose-invitees").attr("href"))
			.endsWith("/events/" + event + "/invitations/suggestions");
		Document page = page(
				get("/events/" + event + "/invitations/suggestions").param("q", "María Pérez").with(COORDINATOR));
		assertThat(page.select("#suggestion-" + maria)).hasSize(1);
		assertThat(page.select("label[for=suggestion-" + maria + "]").text()).contains("candidata en etapa interesada");
		assertThat(page(get("/events/" + event + "/invitations/suggestions").param("q", "João Silva").with(COORDINATOR))
			.select("#suggestion-" + joao)).as("a candidate only contacted is not suggested").isEmpty();

		this.mvc
			.perform(post("/events/" + event + "/invitations").with(COORDINATOR)
				.with(csrf())
				.param("personId", Long.toString(maria)))
			.andExpect(flash().attribute("sentCount", 1));
		assertThat(this.jdbc
			.sql("select status || ' ' || reason || ' ' || city_id from event_invitation "
					+ "where event_id = ? and person_id = ?")
			.params(event, maria)
			.query(String.class)
			.single()).isEqualTo("SENT STAGE_INTERESTED " + interested);
		String body = mailTo(maria);
		assertThat(body).startsWith("Estimado/a María Pérez:").contains("/invitations/inv_");
		Document after = page(
				get("/events/" + event + "/invitations/suggestions").param("q", "María Pérez").with(COORDINATOR));
		assertThat(after.select("#suggestion-" + maria)).as("no longer suggested once invited").isEmpty();
		assertThat(page(get("/events/" + event + "/invitations").with(COORDINATOR)).select("#count-SENT").text())
			.endsWith(": 1");

		this.mvc
			.perform(post("/events/" + event + "/invitations").with(COORDINATOR)
				.with(csrf())
				.param("personId", Long.toString(maria)))
			.andExpect(flash().attribute("sentCount", 0));
		assertThat(count("select count(*) from event_invitation where event_id = ?", event)).isEqualTo(1);
	}

	@Test
	void manySuggestionsAreSearchedIgnoringAccentsPagedAndInvitedAllAtOnce() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		long city = this.fixtures.candidate("INTERESTED", "PE");
		String cityName = this.jdbc.sql("select name from city where id = ?").param(city).query(String.class).single();
		long nusta = this.fixtures.contact(city, "Ñusta Quispe", "es");
		for (int i = 0; i < 54; i++) {
			this.fixtures.contact(city, "Contacto " + i, "es");
		}
		String suggestions = "/events/" + event + "/invitations/suggestions";

		Document byAccent = page(get(suggestions).param("q", "nusta " + cityName).with(COORDINATOR));
		assertThat(byAccent.select("#invite-form input[name=personId]").eachAttr("value"))
			.containsExactly(Long.toString(nusta));
		Document first = page(get(suggestions).param("q", cityName).with(COORDINATOR));
		assertThat(first.select("#invite-form input[name=personId]"))
			.hasSize(InvitationController.SUGGESTIONS_PER_PAGE);
		assertThat(first.select("#suggestion-total").text()).isEqualTo("55 contactos sugeridos");
		Document second = page(get(suggestions).param("q", cityName).param("page", "1").with(COORDINATOR));
		assertThat(second.select("#invite-form input[name=personId]")).hasSize(5);
		assertThat(first.select("#invite-all-form").attr("data-confirm")).contains("55");

		this.mvc
			.perform(post("/events/" + event + "/invitations").with(COORDINATOR)
				.with(csrf())
				.param("all", "true")
				.param("q", cityName))
			.andExpect(flash().attribute("sentCount", 55));
		assertThat(count("select count(*) from event_invitation where event_id = ?", event)).isEqualTo(55);
		assertThat(page(get(suggestions).param("q", cityName).with(COORDINATOR)).select("#no-suggestions").text())
			.isEqualTo("Ningún contacto sugerido coincide con la búsqueda.");
	}

	@Test
	void hostileSearchesOfTheSuggestionsFindNothingAndComeBackEscaped() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		for (String hostile : HostileInputs.ALL) {
			String html = this.mvc
				.perform(get("/events/" + event + "/invitations/suggestions").param("q", hostile).with(COORDINATOR))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (!hostile.equals(HostileInputs.SQL)) {
				// the words of the SQL string ("or", "1") may well stand in a real name
				assertThat(Jsoup.parse(html).select("#invite-form input[name=personId]"))
					.as(HostileInputs.describe(hostile))
					.isEmpty();
			}
			HostileInputs.assertRenderedEscaped(html, hostile);
		}
	}

	@Test
	void onlyThoseWhoManageEventsSeeTheSuggestions() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		this.mvc.perform(get("/events/" + event + "/invitations/suggestions").with(SECRETARIAT))
			.andExpect(status().isForbidden());
	}

	@Test
	void theInviteeAnswersThroughTheLinkAndChangesTheAnswerUntilTheDeadline() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		long maria = this.fixtures.contact(this.fixtures.candidate("INTERESTED", "BO"), "María Pérez", "es");
		String link = invite(event, maria);
		MvcResult opened = this.mvc.perform(get(link)).andExpect(status().isOk()).andReturn();
		Cookie device = opened.getResponse().getCookies()[0];
		assertThat(device.isHttpOnly()).isTrue();
		Document page = Jsoup.parse(opened.getResponse().getContentAsString());
		assertThat(page.select("#link-for").text()).isEqualTo("Invitación personal para María Pérez");
		assertThat(page.select("#answer-form")).hasSize(1);

		answer(link, device, "ACCEPT", "2", "Voy con la secretaria de relaciones internacionales")
			.andExpect(flash().attribute("message", "events.answer.saved.ACCEPTED"));
		assertThat(invitation(maria)).isEqualTo("ACCEPTED 2");
		answer(link, device, "DECLINE", "", "").andExpect(flash().attribute("message", "events.answer.saved.DECLINED"));
		assertThat(invitation(maria)).isEqualTo("DECLINED null");
		answer(link, device, "ACCEPT", "21", "").andExpect(flash().attribute("error", "events.answer.refused.party"));
		assertThat(invitation(maria)).isEqualTo("DECLINED null");

		this.clock.advance(Duration.ofDays(45));
		answer(link, device, "ACCEPT", "1", "").andExpect(flash().attribute("error", "events.answer.refused.deadline"));
		assertThat(invitation(maria)).isEqualTo("DECLINED null");
		assertThat(this.jdbc
			.sql("select action from event_invitation_entry e join event_invitation i "
					+ "on i.id = e.invitation_id where i.person_id = ? order by e.id")
			.param(maria)
			.query(String.class)
			.list()).containsExactly("SENT", "OPENED", "ANSWERED", "ANSWERED");
	}

	@Test
	void aForwardedLinkDoesNotAnswerInTheInviteesNameButAsksForAnInvitationOfItsOwn() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		long maria = this.fixtures.contact(this.fixtures.candidate("INTERESTED", "BO"), "María Pérez", "es");
		String link = invite(event, maria);
		this.mvc.perform(get(link)).andExpect(status().isOk());

		Document elsewhere = page(get(link));
		assertThat(elsewhere.select("#other-browser").text()).contains("María Pérez");
		assertThat(elsewhere.select("#answer-form")).isEmpty();
		this.mvc.perform(post(link + "/answer").with(csrf()).param("answer", "ACCEPT").param("party", "1"))
			.andExpect(flash().attribute("error", "events.answer.refused.otherBrowser"));
		assertThat(invitation(maria)).isEqualTo("SENT null");

		MvcResult asked = this.mvc
			.perform(post(link + "/request").with(csrf())
				.param("name", "Pedro Gómez")
				.param("organization", "Alcaldía")
				.param("email", "pedro.gomez@example.org")
				.param("language", "pt"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(Jsoup.parse(asked.getResponse().getContentAsString()).select("#requested")).hasSize(1);
		long request = count(
				"select id from event_invitation where event_id = ? and email_key = 'pedro.gomez@example.org' "
						+ "and status = 'REQUESTED' and language = 'pt'",
				event);
		assertThat(count("select count(*) from outbox_message where reference = ?", "invitation:" + request)).isZero();

		this.mvc
			.perform(post("/events/" + event + "/invitations/" + request + "/approve").with(COORDINATOR).with(csrf()))
			.andExpect(flash().attribute("message", "events.invitation.approved"));
		assertThat(this.jdbc.sql("select status from event_invitation where id = ?")
			.param(request)
			.query(String.class)
			.single()).isEqualTo("SENT");
		assertThat(this.jdbc.sql("select body from outbox_message where reference = ?")
			.param("invitation:" + request)
			.query(String.class)
			.single()).startsWith("Prezado/a Pedro Gómez:");
	}

	@Test
	void theInviteeOnAnotherDeviceGetsAFreshLinkAtTheirOwnAddressAndTheOldOneStops() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		long maria = this.fixtures.contact(this.fixtures.candidate("INTERESTED", "BO"), "María Pérez", "es");
		String link = invite(event, maria);
		this.mvc.perform(get(link)).andExpect(status().isOk());
		this.mvc.perform(post(link + "/relink").with(csrf())).andExpect(status().isOk());
		this.mvc.perform(get(link)).andExpect(status().isNotFound());
		List<String> bodies = this.jdbc
			.sql("select body from outbox_message m join event_invitation i on m.reference = 'invitation:' || i.id "
					+ "where i.person_id = ? order by m.id")
			.param(maria)
			.query(String.class)
			.list();
		assertThat(bodies).hasSize(2);
		String fresh = linkIn(bodies.get(1));
		assertThat(fresh).isNotEqualTo(link);
		MvcResult opened = this.mvc.perform(get(fresh)).andExpect(status().isOk()).andReturn();
		assertThat(Jsoup.parse(opened.getResponse().getContentAsString()).select("#answer-form")).hasSize(1);
	}

	@Test
	void whenTheEventIsFullAnAcceptanceWaitsAndAFreedSeatGoesToTheFirstInLine() throws Exception {
		long event = this.fixtures.announcedEvent(2);
		long city = this.fixtures.candidate("INTERESTED", "BO");
		long ana = this.fixtures.contact(city, "Ana", "es");
		long bruno = this.fixtures.contact(city, "Bruno", "es");
		long carla = this.fixtures.contact(city, "Carla", "es");
		Cookie anaDevice = open(invite(event, ana));
		String brunoLink = invite(event, bruno);
		Cookie brunoDevice = open(brunoLink);
		String carlaLink = invite(event, carla);
		Cookie carlaDevice = open(carlaLink);
		answer(linkOf(ana), anaDevice, "ACCEPT", "2", "");
		answer(brunoLink, brunoDevice, "ACCEPT", "1", "")
			.andExpect(flash().attribute("message", "events.answer.saved.WAITLISTED"));
		answer(carlaLink, carlaDevice, "ACCEPT", "1", "");
		assertThat(invitation(bruno)).isEqualTo("WAITLISTED 1");
		assertThat(invitation(carla)).isEqualTo("WAITLISTED 1");

		answer(linkOf(ana), anaDevice, "DECLINE", "", "");
		assertThat(invitation(bruno)).isEqualTo("ACCEPTED 1");
		assertThat(invitation(carla)).isEqualTo("ACCEPTED 1");
		assertThat(this.jdbc
			.sql("select subject from outbox_message m join event_invitation i "
					+ "on m.reference = 'invitation:' || i.id where i.person_id = ? order by m.id desc")
			.param(bruno)
			.query(String.class)
			.list()
			.get(0)).startsWith("Tiene un lugar:");
	}

	@Test
	void staffRecordAnAnswerReceivedByPhoneWithWhoRecordedIt() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		long maria = this.fixtures.contact(this.fixtures.candidate("INTERESTED", "BO"), "María Pérez", "es");
		invite(event, maria);
		long id = invitationId(maria);
		this.mvc
			.perform(post("/events/" + event + "/invitations/" + id + "/answer").with(SECRETARIAT)
				.with(csrf())
				.param("answer", "ACCEPT")
				.param("via", "PHONE"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/events/" + event + "/invitations/" + id + "/answer").with(COORDINATOR)
				.with(csrf())
				.param("answer", "ACCEPT")
				.param("party", "3")
				.param("via", "PHONE")
				.param("note", "Llamó la secretaria"))
			.andExpect(flash().attribute("message", "events.answer.recorded.ACCEPTED"));
		assertThat(this.jdbc
			.sql("select status || ' ' || party_size || ' ' || answered_via || ' ' || answered_by "
					+ "from event_invitation where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("ACCEPTED 3 PHONE coordinacion");
		Document page = page(get("/events/" + event + "/invitations/" + id).with(SECRETARIAT));
		assertThat(page.select("#invitation-history").text()).contains("Respuesta registrada por el equipo")
			.contains("por coordinacion");
		assertThat(page.select("#record-answer")).isEmpty();
		this.mvc
			.perform(post("/events/" + event + "/invitations/" + id + "/answer").with(COORDINATOR)
				.with(csrf())
				.param("answer", "ACCEPT")
				.param("via", "LINK"))
			.andExpect(flash().attribute("error", "events.answer.refused.incomplete"));
	}

	@Test
	void wrongMalformedWithdrawnAndExpiredLinksAllAnswerNotFound() throws Exception {
		this.mvc.perform(get("/invitations/inv_" + "A".repeat(43))).andExpect(status().isNotFound());
		this.mvc.perform(get("/invitations/nonsense")).andExpect(status().isNotFound());
		this.mvc.perform(get("/invitations/" + "x".repeat(5000)))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isIn(400, 404));
		long event = this.fixtures.announcedEvent(null);
		long maria = this.fixtures.contact(this.fixtures.candidate("INTERESTED", "BO"), "María", "es");
		String link = invite(event, maria);
		this.mvc.perform(get(link)).andExpect(status().isOk());
		this.clock.advance(Duration.ofDays(100));
		this.mvc.perform(get(link)).andExpect(status().isNotFound());
		this.clock.reset();
		this.mvc
			.perform(post("/events/" + event + "/invitations/" + invitationId(maria) + "/withdraw").with(COORDINATOR)
				.with(csrf()))
			.andExpect(flash().attribute("message", "events.invitation.withdrawn"));
		this.mvc.perform(get(link)).andExpect(status().isNotFound());
		long otherEvent = this.fixtures.announcedEvent(null);
		this.mvc.perform(get("/events/" + otherEvent + "/invitations/" + invitationId(maria)).with(COORDINATOR))
			.andExpect(status().isNotFound());
	}

	@Test
	void hostileInputInTheRequestFormIsRefusedOrStoredAsTypedAndShownEscaped() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		long maria = this.fixtures.contact(this.fixtures.candidate("INTERESTED", "BO"), "María", "es");
		String link = invite(event, maria);
		Cookie device = open(link);
		for (String input : List.of(HostileInputs.SCRIPT, HostileInputs.ATTRIBUTE_BREAKOUT, HostileInputs.SQL,
				HostileInputs.LONG, HostileInputs.NON_BMP)) {
			MvcResult result = this.mvc
				.perform(post(link + "/request").with(csrf())
					.param("name", input)
					.param("organization", input)
					.param("email", input))
				.andReturn();
			HostileInputs.assertNotServerError(result);
			HostileInputs.assertRenderedEscaped(result.getResponse().getContentAsString(), input);
			assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select("#request-email-error").text())
				.isEqualTo("Escriba una dirección de correo como nombre@ejemplo.org.");
		}
		MvcResult note = this.mvc
			.perform(post(link + "/answer").with(csrf())
				.cookie(device)
				.param("answer", "ACCEPT")
				.param("note", HostileInputs.SCRIPT))
			.andReturn();
		HostileInputs.assertNotServerError(note);
		assertThat(this.jdbc.sql("select note from event_invitation where person_id = ?")
			.param(maria)
			.query(String.class)
			.single()).isEqualTo(HostileInputs.SCRIPT);
		assertThat(count("select count(*) from event_invitation where event_id = ?", event)).isEqualTo(1);
	}

	@Test
	void aReminderGoesOnItsDayOnlyToTheChosenWhoStillHaveNotAnsweredWithALinkThatWorksBesideTheFirst()
			throws Exception {
		long event = this.fixtures.announcedEvent(null);
		long city = this.fixtures.candidate("INTERESTED", "BO");
		long ana = this.fixtures.contact(city, "Ana", "es");
		long bruno = this.fixtures.contact(city, "Bruno", "es");
		long carla = this.fixtures.contact(city, "Carla", "es");
		Cookie anaDevice = open(invite(event, ana));
		String brunoLink = invite(event, bruno);
		String carlaLink = invite(event, carla);
		String inAWeek = java.time.LocalDate.now().plusDays(7).toString();
		this.mvc
			.perform(post("/events/" + event + "/reminders").with(COORDINATOR)
				.with(csrf())
				.param("sendOn", java.time.LocalDate.now(java.time.ZoneId.of("America/La_Paz")).minusDays(1).toString())
				.param("invitationId", Long.toString(invitationId(bruno))))
			.andExpect(flash().attribute("error", "events.reminder.refused.past"));
		this.mvc
			.perform(post("/events/" + event + "/reminders").with(COORDINATOR)
				.with(csrf())
				.param("sendOn", inAWeek)
				.param("invitationId", Long.toString(invitationId(ana)), Long.toString(invitationId(bruno)),
						Long.toString(invitationId(carla))))
			.andExpect(flash().attribute("message", "events.reminder.scheduled"));
		answer(linkOf(ana), anaDevice, "ACCEPT", "1", "");
		Cookie carlaDevice = open(carlaLink);
		assertThat(this.reminders.sendDue()).as("not yet its day").isZero();
		answer(carlaLink, carlaDevice, "DECLINE", "", "");
		// reminders the other tests of this context scheduled are not this test's to send
		this.jdbc
			.sql("update event_reminder set sent_at = current_timestamp, sent_count = 0 "
					+ "where event_id <> ? and sent_at is null")
			.param(event)
			.update();

		this.clock.advance(Duration.ofDays(8));
		assertThat(this.reminders.sendDue()).isEqualTo(1);
		assertThat(this.reminders.sendDue()).as("sent once").isZero();
		List<String> toBruno = this.jdbc
			.sql("select m.body from outbox_message m join event_invitation i on m.reference = 'invitation:' || i.id "
					+ "where i.person_id = ? order by m.id")
			.param(bruno)
			.query(String.class)
			.list();
		assertThat(toBruno).hasSize(2);
		assertThat(toBruno.get(1)).contains("Le recordamos la invitación");
		String reminded = linkIn(toBruno.get(1));
		assertThat(reminded).isNotEqualTo(brunoLink);
		this.mvc.perform(get(reminded)).andExpect(status().isOk());
		this.mvc.perform(get(brunoLink)).andExpect(status().isOk());
		assertThat(count("select count(*) from outbox_message m join event_invitation i on m.reference = "
				+ "'invitation:' || i.id where i.person_id in (?, ?)", ana, carla))
			.isEqualTo(2);
	}

	@Test
	void theEventPageCountsTheInvitations() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		long city = this.fixtures.candidate("INTERESTED", "BO");
		long ana = this.fixtures.contact(city, "Ana", "es");
		long bruno = this.fixtures.contact(city, "Bruno", "es");
		answer(invite(event, ana), open(linkOf(ana)), "ACCEPT", "1", "");
		invite(event, bruno);
		Document page = page(get("/events/" + event).with(SECRETARIAT));
		assertThat(page.select("#count-invited").text()).isEqualTo("Invitados: 2");
		assertThat(page.select("#count-accepted").text()).isEqualTo("Aceptaron: 1");
		assertThat(page.select("#count-no-answer").text()).isEqualTo("Sin respuesta: 1");
	}

	private String invite(long event, long person) throws Exception {
		this.mvc
			.perform(post("/events/" + event + "/invitations").with(COORDINATOR)
				.with(csrf())
				.param("personId", Long.toString(person)))
			.andExpect(flash().attribute("sentCount", 1));
		return linkOf(person);
	}

	private String linkOf(long person) {
		return linkIn(mailTo(person));
	}

	private static String linkIn(String body) {
		int start = body.indexOf("/invitations/");
		int end = start;
		while (end < body.length() && !Character.isWhitespace(body.charAt(end))) {
			end++;
		}
		return body.substring(start, end);
	}

	private String mailTo(long person) {
		return this.jdbc
			.sql("select m.body from outbox_message m join event_invitation i on m.reference = 'invitation:' || i.id "
					+ "where i.person_id = ? order by m.id")
			.param(person)
			.query(String.class)
			.list()
			.get(0);
	}

	private Cookie open(String link) throws Exception {
		return this.mvc.perform(get(link)).andExpect(status().isOk()).andReturn().getResponse().getCookies()[0];
	}

	private org.springframework.test.web.servlet.ResultActions answer(String link, Cookie device, String answer,
			String party, String note) throws Exception {
		return this.mvc.perform(post(link + "/answer").with(csrf())
			.cookie(device)
			.param("answer", answer)
			.param("party", party)
			.param("note", note));
	}

	private String invitation(long person) {
		return this.jdbc
			.sql("select status || ' ' || coalesce(cast(party_size as varchar(5)), 'null') "
					+ "from event_invitation where person_id = ?")
			.param(person)
			.query(String.class)
			.single();
	}

	private long invitationId(long person) {
		return this.jdbc.sql("select id from event_invitation where person_id = ?")
			.param(person)
			.query(Long.class)
			.single();
	}

	private long count(String sql, Object... parameters) {
		return this.jdbc.sql(sql).params(parameters).query(Long.class).single();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
