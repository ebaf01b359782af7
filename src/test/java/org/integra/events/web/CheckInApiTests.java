package org.integra.events.web;

import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import org.integra.IntegraTest;
import org.integra.accounts.MutableClock;
import org.integra.cities.TestCities;
import org.integra.events.Events;
import org.integra.events.RegistrationFixtures;
import org.integra.events.RegistrationRecords;
import org.integra.events.RegistrationSubmission;
import org.integra.events.Registrations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The check-in through the API: the secretariat checks in an invitee (with the city's
 * follow-up), a registrant and a walk-in, undoes a check-in and reads the attendance with
 * its no-shows; refusals as problem+json.
 */
@IntegraTest
class CheckInApiTests {

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
	RegistrationRecords records;

	@Autowired
	Registrations registrations;

	@Autowired
	MutableClock clock;

	RegistrationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new RegistrationFixtures(this.events, this.cities, this.jdbc, this.records);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theSecretariatChecksInAnInviteeARegistrantAndAWalkInUndoesOneAndCountsTheNoShow() throws Exception {
		long event = this.fixtures.openEvent();
		long city = this.fixtures.events().candidate("INTERESTED", "EC");
		long invitation = inviteAndAccept(event, this.fixtures.events().contact(city, "María Pérez", "es"));
		assertThat(stage(city)).isEqualTo("INVITED");

		String checkedIn = checkIn(event, "{\"invitationId\":" + invitation + "}").andExpect(status().isOk())
			.andExpect(jsonPath("$.attendance.source").value("INVITATION"))
			.andExpect(jsonPath("$.attendance.checkedIn").value(true))
			.andExpect(jsonPath("$.attendance.checkedInBy").value("secretaria"))
			.andExpect(jsonPath("$.movedTo").value("ATTENDED"))
			.andExpect(jsonPath("$.logged").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int attendance = JsonPath.read(checkedIn, "$.attendance.id");
		assertThat(stage(city)).isEqualTo("ATTENDED");
		long registration = register(event, "Joana Araújo");
		checkIn(event, "{\"registrationId\":" + registration + "}").andExpect(status().isOk())
			.andExpect(jsonPath("$.attendance.source").value("REGISTRATION"))
			.andExpect(jsonPath("$.attendance.registrationId").value(registration))
			.andExpect(jsonPath("$.attendance.name").value("Joana Araújo"));
		checkIn(event, "{\"name\":\"Pedro Quispe\",\"organization\":\"Alcaldía de El Alto\",\"city\":\"El Alto\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.attendance.source").value("WALK_IN"))
			.andExpect(jsonPath("$.attendance.checkedIn").value(true));

		this.mvc.perform(get("/api/v1/events/" + event + "/attendance").with(SECRETARIAT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.attended").value(3))
			.andExpect(jsonPath("$.walkIns").value(1))
			.andExpect(jsonPath("$.noShowsCounted").value(false))
			.andExpect(jsonPath("$.people.totalItems").value(3))
			.andExpect(jsonPath("$.people.items[*].source")
				.value(containsInAnyOrder("INVITATION", "REGISTRATION", "WALK_IN")));
		this.mvc.perform(get("/api/v1/events/" + event + "/attendance").param("q", "el alto").with(SECRETARIAT))
			.andExpect(jsonPath("$.people.totalItems").value(1))
			.andExpect(jsonPath("$.people.items[0].name").value("Pedro Quispe"));

		this.mvc.perform(delete("/api/v1/events/" + event + "/check-ins/" + attendance).with(SECRETARIAT).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.checkedIn").value(false));
		assertThat(stage(city)).as("the stage stays").isEqualTo("ATTENDED");
		this.clock.advance(Duration.ofDays(70));
		this.mvc.perform(get("/api/v1/events/" + event + "/attendance").with(COORDINATOR))
			.andExpect(jsonPath("$.attended").value(2))
			.andExpect(jsonPath("$.noShowsCounted").value(true))
			.andExpect(jsonPath("$.noShows").value(1));
	}

	@Test
	void aCheckInTheRulesRefuseIsAProblemAndNothingIsRecorded() throws Exception {
		long event = this.fixtures.openEvent();
		long person = this.fixtures.events()
			.contact(this.fixtures.events().candidate("INTERESTED", "PE"), "Luis Mamani", "es");
		long invitation = invite(event, person);
		checkIn(event, "{\"invitationId\":" + invitation + "}").andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		checkIn(event, "{}").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		checkIn(event, "{\"invitationId\":" + invitation + ",\"name\":\"Otra persona\"}")
			.andExpect(status().isBadRequest());
		checkIn(event, "{\"name\":\"Ana\",\"email\":\"not an address\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
		this.mvc
			.perform(post("/api/v1/events/" + event + "/check-ins").with(MENTOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Intruso\"}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/events/" + event + "/attendance").with(MENTOR)).andExpect(status().isForbidden());
		assertThat(attendances(event)).isZero();
	}

	@Test
	void anInvitationARegistrationOrAnAttendanceOfAnotherEventIsNotFound() throws Exception {
		long event = this.fixtures.openEvent();
		long other = this.fixtures.openEvent();
		long invitation = inviteAndAccept(event,
				this.fixtures.events().contact(this.fixtures.events().candidate("CONTACTED", "CO"), "Rosa Díaz", "es"));
		long registration = register(event, "Marta Silva");
		String checkedIn = checkIn(event, "{\"invitationId\":" + invitation + "}").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int attendance = JsonPath.read(checkedIn, "$.attendance.id");
		checkIn(other, "{\"invitationId\":" + invitation + "}").andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		checkIn(other, "{\"registrationId\":" + registration + "}").andExpect(status().isNotFound());
		this.mvc.perform(delete("/api/v1/events/" + other + "/check-ins/" + attendance).with(SECRETARIAT).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(attendances(other)).isZero();
		assertThat(this.jdbc.sql("select count(*) from event_attendance where id = ? and checked_in_at is not null")
			.param(attendance)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private org.springframework.test.web.servlet.ResultActions checkIn(long event, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/events/" + event + "/check-ins").with(SECRETARIAT)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private long invite(long event, long person) throws Exception {
		this.mvc
			.perform(post("/api/v1/events/" + event + "/invitations").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"personIds\":[" + person + "]}"))
			.andExpect(jsonPath("$.sent").value(1));
		return this.jdbc.sql("select id from event_invitation where event_id = ? and person_id = ?")
			.params(event, person)
			.query(Long.class)
			.single();
	}

	private long inviteAndAccept(long event, long person) throws Exception {
		long id = invite(event, person);
		this.mvc
			.perform(post("/api/v1/events/" + event + "/invitations/" + id + "/answer").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"answer\":\"ACCEPT\",\"party\":1,\"via\":\"PHONE\"}"))
			.andExpect(jsonPath("$.status").value("ACCEPTED"));
		return id;
	}

	private long register(long event, String name) {
		String email = TestCities.unique("persona").replace(' ', '.').toLowerCase(java.util.Locale.ROOT)
				+ "@example.org";
		return this.registrations
			.register(event, new RegistrationSubmission(name, "Intendencia", "Montevideo", "UY", null, email, "pt"))
			.getId();
	}

	private String stage(long city) {
		return this.jdbc.sql("select stage from candidate where city_id = ?").param(city).query(String.class).single();
	}

	private long attendances(long event) {
		return this.jdbc.sql("select count(*) from event_attendance where event_id = ?")
			.param(event)
			.query(Long.class)
			.single();
	}

}
