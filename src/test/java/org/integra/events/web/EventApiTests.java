package org.integra.events.web;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.integra.IntegraTest;
import org.integra.cities.TestCities;
import org.integra.events.EventFixtures;
import org.integra.events.Events;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The events API: events, invitations, answers and reminders, as problem+json when
 * refused.
 */
@IntegraTest
class EventApiTests {

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

	EventFixtures fixtures;

	Long lima;

	@BeforeEach
	void fixtures() {
		this.fixtures = new EventFixtures(this.events, this.cities, this.jdbc);
	}

	@Test
	void aCoordinatorCreatesChangesAndAnnouncesAnEventAndEveryRoleReadsIt() throws Exception {
		String title = TestCities.unique("Foro de asociaciones");
		String created = this.mvc
			.perform(post("/api/v1/events").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(title, null)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/events/")))
			.andExpect(jsonPath("$.event.status").value("DRAFT"))
			.andExpect(jsonPath("$.event.startsAt").value("2027-03-10T09:00:00"))
			.andExpect(jsonPath("$.event.startsAtInstant").value("2027-03-10T14:00:00Z"))
			.andExpect(jsonPath("$.invitations.SENT").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(created, "$.event.id");
		int version = JsonPath.read(created, "$.event.version");

		this.mvc
			.perform(put("/api/v1/events/" + id).with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(title + " (Lima)", (long) version)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.event.titleEs").value(title + " (Lima)"));
		this.mvc
			.perform(put("/api/v1/events/" + id).with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(title, (long) version)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(post("/api/v1/events/" + id + "/status").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"HELD\",\"version\":" + (version + 1) + "}"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/api/v1/events/" + id + "/status").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"ANNOUNCED\",\"version\":" + (version + 1) + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.event.status").value("ANNOUNCED"));

		this.mvc.perform(get("/api/v1/events/" + id).with(user("consejo").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.event.titleEs").value(title + " (Lima)"));
		this.mvc
			.perform(get("/api/v1/events").param("q", "FORO de asociaciónes")
				.param("kind", "forum_participation")
				.with(SECRETARIAT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")]").exists());
		this.mvc.perform(get("/api/v1/events").param("status", "SOMEDAY").with(SECRETARIAT))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(post("/api/v1/events").with(SECRETARIAT)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(title, null)))
			.andExpect(status().isForbidden());
	}

	@Test
	void anEventMissingItsTitleAndTimesIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
		long before = count();
		this.mvc
			.perform(post("/api/v1/events").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"WORKSHOP\",\"format\":\"IN_PERSON\",\"timeZone\":\"Mars/Olympus\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[?(@.field == 'titleEs')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'startsAt')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'timeZone')]").exists());
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void invitationsAreSentAnsweredByStaffAndRemindedThroughTheApi() throws Exception {
		long event = this.fixtures.announcedEvent(1);
		long ana = this.fixtures.contact(this.fixtures.candidate("INTERESTED", "EC"), "Ana Torres", "es");
		long luis = this.fixtures.contact(this.fixtures.candidate("CONTACTED", "PE"), "Luis Mamani", "es");
		this.mvc
			.perform(post("/api/v1/events/" + event + "/invitations").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"personIds\":[" + ana + "," + luis + "," + ana + "]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sent").value(2));
		assertThat(this.jdbc.sql("select reason from event_invitation where event_id = ? and person_id = ?")
			.params(event, ana)
			.query(String.class)
			.single()).isEqualTo("STAGE_INTERESTED");
		List<Integer> ids = JsonPath
			.read(this.mvc.perform(get("/api/v1/events/" + event + "/invitations").with(SECRETARIAT))
				.andExpect(jsonPath("$.totalItems").value(2))
				.andExpect(jsonPath("$.items[0].inviteeName").value("Ana Torres"))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.items[*].id");

		this.mvc
			.perform(post("/api/v1/events/" + event + "/invitations/" + ids.get(0) + "/answer").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"answer\":\"ACCEPT\",\"party\":1,\"via\":\"PHONE\",\"note\":\"Confirmó por teléfono\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.answeredVia").value("PHONE"));
		this.mvc
			.perform(post("/api/v1/events/" + event + "/invitations/" + ids.get(1) + "/answer").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"answer\":\"ACCEPT\",\"party\":1,\"via\":\"LINK\"}"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/events/" + event + "/invitations/" + ids.get(0)).with(COORDINATOR))
			.andExpect(jsonPath("$.history[*].action").value(org.hamcrest.Matchers.contains("SENT", "RECORDED")))
			.andExpect(jsonPath("$.history[1].by").value("coordinacion"));

		this.mvc
			.perform(post("/api/v1/events/" + event + "/reminders").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"sendOn\":\"" + java.time.LocalDate.now().plusDays(3) + "\",\"invitationIds\":["
						+ ids.get(0) + "," + ids.get(1) + "]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.invitationIds").value(org.hamcrest.Matchers.contains(ids.get(1))));
		this.mvc.perform(get("/api/v1/events/" + event + "/reminders").with(SECRETARIAT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].invitationIds").value(org.hamcrest.Matchers.contains(ids.get(1))));
		long otherEvent = this.fixtures.announcedEvent(null);
		this.mvc.perform(get("/api/v1/events/" + otherEvent + "/invitations/" + ids.get(0)).with(COORDINATOR))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private long count() {
		return this.jdbc.sql("select count(*) from event").query(Long.class).single();
	}

	private String body(String title, Long version) {
		if (this.lima == null) {
			this.lima = this.cities.city(TestCities.unique("Lima"), "PE").create();
		}
		return "{\"kind\":\"FORUM_PARTICIPATION\",\"titleEs\":\"" + title + "\",\"titlePt\":\"" + title
				+ "\",\"startsAt\":\"2027-03-10T09:00\",\"endsAt\":\"2027-03-10T17:00\",\"timeZone\":\"America/Lima\","
				+ "\"format\":\"IN_PERSON\",\"venue\":\"Municipalidad de Lima\",\"planAction\":null,\"cityId\":"
				+ this.lima + ((version != null) ? ",\"version\":" + version : "") + "}";
	}

}
