package org.integra.events.web;

import java.time.Duration;
import java.time.LocalDate;

import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.integra.accounts.MutableClock;
import org.integra.cities.TestCities;
import org.integra.events.EventFixtures;
import org.integra.events.Events;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
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

@IntegraTest
class CheckInWebTests {

	static final RequestPostProcessor COORDINATOR = user("coordinacion").roles("COORDINATOR");

	static final RequestPostProcessor SECRETARIAT = user("secretaria").roles("SECRETARIAT");

	static final RequestPostProcessor MENTOR = user("mentor").roles("MENTOR");

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
	void acceptingMovesAnInterestedCityToInvitedAndCheckingInMovesItToAttendedWithItsFollowUp() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		this.mvc
			.perform(post("/events/" + event + "/follow-ups").with(COORDINATOR)
				.with(csrf())
				.param("text", "Enviar agradecimiento y formulario de adhesión")
				.param("daysAfter", "7")
				.param("assigneeRule", "COORDINATOR"))
			.andExpect(flash().attribute("message", "events.followUp.added"));
		long city = this.fixtures.candidate("INTERESTED", "EC");
		long maria = this.fixtures.contact(city, "María Pérez", "es");
		long invitation = inviteAndAccept(event, maria);
		assertThat(stage(city)).isEqualTo("INVITED");

		this.mvc
			.perform(post("/events/" + event + "/check-in/invitations/" + invitation).with(SECRETARIAT).with(csrf()))
			.andExpect(flash().attribute("message", "events.checkIn.done.moved"));
		assertThat(stage(city)).isEqualTo("ATTENDED");
		assertThat(this.jdbc
			.sql("select c.from_stage || '>' || c.to_stage || ' ' || c.changed_by from candidate_stage_change c "
					+ "join candidate k on k.id = c.candidate_id where k.city_id = ? and c.from_stage is not null "
					+ "order by c.id")
			.param(city)
			.query(String.class)
			.list()).containsExactly("INTERESTED>INVITED coordinacion", "INVITED>ATTENDED secretaria");
		assertThat(this.jdbc
			.sql("select note from candidate_stage_change c join candidate k on k.id = c.candidate_id "
					+ "where k.city_id = ? and c.to_stage = 'ATTENDED'")
			.param(city)
			.query(String.class)
			.single()).contains("María Pérez").contains("Taller de resiliencia");
		assertThat(this.jdbc.sql("select kind || ' ' || channel from interaction where city_id = ?")
			.param(city)
			.query(String.class)
			.list()).containsExactly("EVENT EVENT");
		LocalDate endsOn = this.jdbc.sql("select ends_on from event where id = ?")
			.param(event)
			.query(LocalDate.class)
			.single();
		assertThat(this.jdbc
			.sql("select title || ' ' || assignee || ' ' || due_on || ' ' || event_id from task where city_id = ?")
			.param(city)
			.query(String.class)
			.list()).containsExactly(
					"Enviar agradecimiento y formulario de adhesión coordinacion " + endsOn.plusDays(7) + " " + event);

		long attendance = this.jdbc.sql("select id from event_attendance where invitation_id = ?")
			.param(invitation)
			.query(Long.class)
			.single();
		this.mvc.perform(post("/events/" + event + "/check-in/" + attendance + "/undo").with(SECRETARIAT).with(csrf()))
			.andExpect(flash().attribute("message", "events.checkIn.undone"));
		assertThat(stage(city)).as("the stage move is not undone").isEqualTo("ATTENDED");
		this.mvc
			.perform(post("/events/" + event + "/check-in/invitations/" + invitation).with(SECRETARIAT).with(csrf()))
			.andExpect(flash().attribute("message", "events.checkIn.done"));
		assertThat(count("select count(*) from task where city_id = ?", city)).as("follow-up made once").isEqualTo(1);
		assertThat(count("select count(*) from interaction where city_id = ?", city)).isEqualTo(1);
	}

	@Test
	void aConfirmedRegistrantOfACandidateCityIsCheckedInAndFollowedUpLikeAnInvitee() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		this.mvc
			.perform(post("/events/" + event + "/follow-ups").with(COORDINATOR)
				.with(csrf())
				.param("text", "Enviar el formulario de adhesión")
				.param("daysAfter", "7")
				.param("assigneeRule", "COORDINATOR"))
			.andExpect(flash().attribute("message", "events.followUp.added"));
		long city = this.fixtures.candidate("INVITED", "BO");
		long registration = registration(event, "Lucía Mamani", city, true);
		long unconfirmed = registration(event, "Pedro Sin Confirmar", null, false);

		Document list = page(get("/events/" + event + "/check-in").with(SECRETARIAT));
		assertThat(list.select("#check-in-r" + registration)).hasSize(1);
		assertThat(list.select("#row-r" + registration + " form").attr("action"))
			.isEqualTo("/events/" + event + "/check-in/registrations/" + registration + "?q=")
			.isEqualTo(list.select("#row-r" + registration + " form").attr("hx-post"));
		assertThat(list.select("#row-r" + registration + " .badge").text()).isEqualTo("inscripción pública");
		assertThat(list.select("#row-r" + unconfirmed)).as("an address not confirmed is no registrant yet").isEmpty();
		this.mvc
			.perform(
					post("/events/" + event + "/check-in/registrations/" + registration).with(SECRETARIAT).with(csrf()))
			.andExpect(flash().attribute("message", "events.checkIn.done.moved"));

		assertThat(stage(city)).isEqualTo("ATTENDED");
		assertThat(this.jdbc.sql("select kind || ' ' || channel from interaction where city_id = ?")
			.param(city)
			.query(String.class)
			.list()).containsExactly("EVENT EVENT");
		assertThat(this.jdbc.sql("select title from task where city_id = ?").param(city).query(String.class).list())
			.containsExactly("Enviar el formulario de adhesión");
		long attendance = this.jdbc.sql("select id from event_attendance where registration_id = ?")
			.param(registration)
			.query(Long.class)
			.single();
		Document after = page(get("/events/" + event + "/check-in").with(SECRETARIAT));
		assertThat(after.select("#undo-a" + attendance)).hasSize(1);
		assertThat(after.select("#row-a" + attendance + " form").attr("hx-post"))
			.isEqualTo("/events/" + event + "/check-in/" + attendance + "/undo?q=");
		this.mvc.perform(post("/events/" + event + "/check-in/" + attendance + "/undo").with(SECRETARIAT).with(csrf()));
		this.mvc.perform(post("/events/" + event + "/check-in/" + attendance + "/redo").with(SECRETARIAT).with(csrf()))
			.andExpect(flash().attribute("message", "events.checkIn.done"));
		assertThat(count("select count(*) from task where city_id = ?", city)).as("follow-up made once").isEqualTo(1);
	}

	private long registration(long event, String name, Long city, boolean confirmed) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		String email = TestCities.unique("inscrita").replace(' ', '.').toLowerCase(java.util.Locale.ROOT)
				+ "@example.org";
		this.jdbc
			.sql("insert into event_registration (event_id, name, email, email_key, language, token_hash, "
					+ "search_text, created_at, confirmed_at, city_id, version) values (?, ?, ?, ?, 'es', ?, ?, "
					+ "current_timestamp, " + (confirmed ? "current_timestamp" : "null") + ", ?, 0)")
			.params(event, name, email, email, TestCities.unique("hash"), name.toLowerCase(java.util.Locale.ROOT), city)
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	@Test
	void acceptingDoesNotMoveACityAlreadyFurtherOn() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		long city = this.fixtures.candidate("ATTENDED", "PE");
		inviteAndAccept(event, this.fixtures.contact(city, "Rosa Quispe", "es"));
		assertThat(stage(city)).isEqualTo("ATTENDED");
		assertThat(count("select count(*) from candidate_stage_change c join candidate k on k.id = c.candidate_id "
				+ "where k.city_id = ?", city))
			.isZero();
	}

	@Test
	void aLongListShowsItsFirstRowsAndFindsTheOthersByName() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		for (int i = 0; i < CheckInController.ROWS_SHOWN + 20; i++) {
			this.jdbc
				.sql("insert into event_attendance (event_id, source, attendee_name, language, created_by, created_at, "
						+ "version) values (?, 'WALK_IN', ?, 'es', 'test', current_timestamp, 0)")
				.params(event, String.format("Persona %03d", i))
				.update();
		}

		Document all = page(get("/events/" + event + "/check-in").with(SECRETARIAT));
		assertThat(all.select(".check-in-name")).hasSize(CheckInController.ROWS_SHOWN);
		assertThat(all.select(".check-in-name").first().text()).isEqualTo("Persona 000");
		assertThat(all.select("#check-in-more").text())
			.isEqualTo("Se muestran 50; 20 más: escriba un nombre para encontrarlos.");
		Document found = page(get("/events/" + event + "/check-in").param("q", "persona 069").with(SECRETARIAT));
		assertThat(found.select(".check-in-name").eachText()).containsExactly("Persona 069");
		assertThat(found.select("#check-in-more")).isEmpty();
	}

	@Test
	void theListIsSearchedIgnoringAccentsAndWalkInsAreAddedAndUndone() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		long city = this.fixtures.candidate("INTERESTED", "BR");
		long joao = inviteAndAccept(event, this.fixtures.contact(city, "João Gonçalves", "pt"));
		inviteAndAccept(event, this.fixtures.contact(this.fixtures.candidate("INTERESTED", "CL"), "Ana Ruiz", "es"));
		Document found = page(get("/events/" + event + "/check-in").param("q", "joao goncalves").with(SECRETARIAT));
		assertThat(found.select(".check-in-name").eachText()).containsExactly("João Gonçalves");
		assertThat(found.select("#check-in-i" + joao)).hasSize(1);
		Document fragment = page(get("/events/" + event + "/check-in").param("q", "RUIZ")
			.header("HX-Request", "true")
			.with(SECRETARIAT));
		assertThat(fragment.select("#check-in-search")).as("htmx answers the list only").isEmpty();
		assertThat(fragment.select(".check-in-name").eachText()).containsExactly("Ana Ruiz");

		this.mvc
			.perform(post("/events/" + event + "/check-in/walk-ins").with(SECRETARIAT)
				.with(csrf())
				.param("name", "Lucía Mamani")
				.param("organization", "Gobierno Autónomo Municipal de El Alto")
				.param("city", "El Alto"))
			.andExpect(flash().attribute("message", "events.walkIn.added"));
		Document walkIns = page(get("/events/" + event + "/check-in").param("q", "el alto").with(SECRETARIAT));
		assertThat(walkIns.select(".check-in-name").eachText()).containsExactly("Lucía Mamani");
		long walkIn = this.jdbc.sql("select id from event_attendance where event_id = ? and source = 'WALK_IN'")
			.param(event)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/events/" + event + "/check-in/" + walkIn + "/undo").with(SECRETARIAT)
				.with(csrf())
				.header("HX-Request", "true"))
			.andExpect(status().isOk());
		assertThat(count("select count(*) from event_attendance where id = ? and checked_in_at is null", walkIn))
			.isEqualTo(1);
		this.mvc
			.perform(post("/events/" + event + "/check-in/walk-ins").with(SECRETARIAT)
				.with(csrf())
				.param("name", " ")
				.param("email", "no-es-correo"))
			.andExpect(status().isOk());
		assertThat(count("select count(*) from event_attendance where event_id = ?", event)).isEqualTo(1);
	}

	@Test
	void anInvitationOfAnotherEventIsNotFoundAndMentorsCannotCheckIn() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		long other = this.fixtures.announcedEvent(null);
		long invitation = inviteAndAccept(other,
				this.fixtures.contact(this.fixtures.candidate("INTERESTED", "UY"), "Pedro Sosa", "es"));
		this.mvc
			.perform(post("/events/" + event + "/check-in/invitations/" + invitation).with(SECRETARIAT).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/events/" + event + "/check-in").with(MENTOR)).andExpect(status().isForbidden());
		this.mvc.perform(post("/events/" + other + "/check-in/invitations/" + invitation).with(MENTOR).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aMessageToTheNoShowsGoesOnlyToThemOnceTheEventIsOver() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		long came = inviteAndAccept(event,
				this.fixtures.contact(this.fixtures.candidate("INTERESTED", "AR"), "Carla Díaz", "es"));
		inviteAndAccept(event, this.fixtures.contact(this.fixtures.candidate("INTERESTED", "BR"), "Paulo Lima", "pt"));
		this.mvc.perform(post("/events/" + event + "/check-in/invitations/" + came).with(SECRETARIAT).with(csrf()));
		sendToNoShows(event).andExpect(flash().attribute("error", "events.attendeeMessage.noRecipients"));
		this.clock.advance(Duration.ofDays(70));
		Document eventPage = page(get("/events/" + event + "/attendance").with(SECRETARIAT));
		assertThat(eventPage.select("#count-attended").text()).endsWith(": 1");
		assertThat(eventPage.select("#count-no-shows").text()).endsWith(": 1");
		sendToNoShows(event).andExpect(flash().attribute("sentCount", 1));
		assertThat(this.jdbc
			.sql("select recipient_name || ' ' || subject from outbox_message where reference = ? order by id")
			.param("event:" + event)
			.query(String.class)
			.list()).containsExactly("Paulo Lima Sentimos sua falta");
		assertThat(count("select count(*) from event_attendee_message where event_id = ? and audience = 'NO_SHOWS' "
				+ "and recipients = 1", event))
			.isEqualTo(1);
	}

	@Test
	void hostileStringsInTheNewFieldsAreStoredAsTypedAndEscaped() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		for (String hostile : HostileInputs.ALL) {
			String name = hostile.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]", " ").strip();
			if (name.isEmpty() || name.length() > 200) {
				continue;
			}
			this.mvc
				.perform(post("/events/" + event + "/check-in/walk-ins").with(SECRETARIAT)
					.with(csrf())
					.param("name", name)
					.param("organization", name.length() <= 300 ? name : "x")
					.param("city", name))
				.andExpect(status().is3xxRedirection());
			this.mvc
				.perform(post("/events/" + event + "/follow-ups").with(COORDINATOR)
					.with(csrf())
					.param("text", name)
					.param("daysAfter", "3")
					.param("assigneeRule", "MENTOR"))
				.andExpect(status().is3xxRedirection());
		}
		String html = this.mvc.perform(get("/events/" + event + "/check-in").with(SECRETARIAT))
			.andReturn()
			.getResponse()
			.getContentAsString();
		HostileInputs.assertRenderedEscaped(html, HostileInputs.SCRIPT);
		String followUps = this.mvc.perform(get("/events/" + event + "/follow-ups").with(COORDINATOR))
			.andReturn()
			.getResponse()
			.getContentAsString();
		HostileInputs.assertRenderedEscaped(followUps, HostileInputs.ATTRIBUTE_BREAKOUT);
	}

	private org.springframework.test.web.servlet.ResultActions sendToNoShows(long event) throws Exception {
		return this.mvc.perform(post("/events/" + event + "/attendee-messages").with(COORDINATOR)
			.with(csrf())
			.param("audience", "NO_SHOWS")
			.param("subjectEs", "Lo echamos de menos")
			.param("bodyEs", "Le enviamos los materiales del taller.")
			.param("subjectPt", "Sentimos sua falta")
			.param("bodyPt", "Enviamos os materiais da oficina."));
	}

	private long inviteAndAccept(long event, long person) throws Exception {
		this.mvc.perform(post("/events/" + event + "/invitations").with(COORDINATOR)
			.with(csrf())
			.param("personId", Long.toString(person)));
		long id = this.jdbc.sql("select id from event_invitation where event_id = ? and person_id = ?")
			.params(event, person)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/events/" + event + "/invitations/" + id + "/answer").with(COORDINATOR)
				.with(csrf())
				.param("answer", "ACCEPT")
				.param("party", "1")
				.param("via", "PHONE"))
			.andExpect(flash().attribute("message", "events.answer.recorded.ACCEPTED"));
		return id;
	}

	private String stage(long city) {
		return this.jdbc.sql("select stage from candidate where city_id = ?").param(city).query(String.class).single();
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
