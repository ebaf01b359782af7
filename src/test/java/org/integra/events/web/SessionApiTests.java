package org.integra.events.web;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.integra.IntegraTest;
import org.integra.cities.TestCities;
import org.integra.events.EventFixtures;
import org.integra.events.Events;
import org.integra.events.ShowcaseForm;
import org.integra.events.Showcases;
import org.integra.system.Actor;
import org.integra.system.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agenda through the API: sessions sorted by time with their speakers, created,
 * changed with their version and deleted by coordinators; overlaps refused as
 * problem+json; the showcase read.
 */
@IntegraTest
class SessionApiTests {

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
	Showcases showcases;

	EventFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new EventFixtures(this.events, this.cities, this.jdbc);
	}

	@Test
	void aCoordinatorBuildsTheAgendaAndEveryRoleReadsItSortedByTimeWithItsSpeakers() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		long person = this.fixtures.contact(this.fixtures.candidate("INTERESTED", "BO"), "Carla Mendoza", "es");
		String later = this.mvc
			.perform(post("/api/v1/events/" + event + "/sessions").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(session("Panel de resiliencia", 14, 15, "Sala Illimani", "[" + person + "]",
						"[{\"name\":\"Juan Pérez\",\"organization\":\"Alcaldía de El Alto\"}]", null)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/events/" + event + "/sessions/")))
			.andExpect(jsonPath("$.startsAt").value(day() + "T14:00:00"))
			.andExpect(jsonPath("$.startsAtInstant").value(day() + "T18:00:00Z"))
			.andExpect(jsonPath("$.speakers[0].personId").value(person))
			.andExpect(jsonPath("$.speakers[0].name").value("Carla Mendoza"))
			.andExpect(jsonPath("$.speakers[1].personId").doesNotExist())
			.andExpect(jsonPath("$.speakers[1].organization").value("Alcaldía de El Alto"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int laterId = JsonPath.read(later, "$.id");
		int version = JsonPath.read(later, "$.version");
		this.mvc
			.perform(post("/api/v1/events/" + event + "/sessions").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(session("Apertura", 9, 10, "Sala Illimani", "[]", "[]", null)))
			.andExpect(status().isCreated());

		this.mvc.perform(get("/api/v1/events/" + event + "/sessions").with(MENTOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items[*].titleEs").value(contains("Apertura", "Panel de resiliencia")));

		this.mvc
			.perform(put("/api/v1/events/" + event + "/sessions/" + laterId).with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(session("Panel de resiliencia urbana", 15, 16, "Sala Sajama", "[]", "[]", (long) version)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.titleEs").value("Panel de resiliencia urbana"))
			.andExpect(jsonPath("$.room").value("Sala Sajama"))
			.andExpect(jsonPath("$.speakers").isEmpty());
		this.mvc
			.perform(put("/api/v1/events/" + event + "/sessions/" + laterId).with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(session("Otro título", 15, 16, "Sala Sajama", "[]", "[]", (long) version)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/events/" + event + "/sessions/" + laterId).with(user("consejo").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.titleEs").value("Panel de resiliencia urbana"));

		this.mvc.perform(delete("/api/v1/events/" + event + "/sessions/" + laterId).with(COORDINATOR).with(csrf()))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/events/" + event + "/sessions/" + laterId).with(COORDINATOR))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anOverlapInARoomABadSessionAndAnotherRoleAreRefusedAsProblemsAndNothingIsStored() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		this.mvc
			.perform(post("/api/v1/events/" + event + "/sessions").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(session("Apertura", 9, 11, "Sala Illimani", "[]", "[]", null)))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post("/api/v1/events/" + event + "/sessions").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(session("Taller paralelo", 10, 12, " sala illimani ", "[]", "[]", null)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("Apertura")));
		this.mvc
			.perform(
					post("/api/v1/events/" + event + "/sessions").with(COORDINATOR)
						.with(csrf())
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"titlePt\":\"Sem título\",\"startsAt\":\"" + day()
								+ "T12:00\",\"speakerIds\":[999999999]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[?(@.field == 'titleEs')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'endsAt')]").exists());
		this.mvc
			.perform(post("/api/v1/events/" + event + "/sessions").with(SECRETARIAT)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(session("Intrusa", 13, 14, "Sala B", "[]", "[]", null)))
			.andExpect(status().isForbidden());
		assertThat(count(event)).isEqualTo(1);
		long id = this.jdbc.sql("select id from event_session where event_id = ?")
			.param(event)
			.query(Long.class)
			.single();
		this.mvc
			.perform(put("/api/v1/events/" + event + "/sessions/" + id).with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(session("Sin versión", 9, 11, "Sala Illimani", "[]", "[]", null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		this.mvc.perform(get("/api/v1/events/" + event + "/sessions/" + id).with(COORDINATOR))
			.andExpect(jsonPath("$.titleEs").value("Apertura"));
	}

	@Test
	void aSessionIsNotFoundThroughAnotherEventAndStays() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		long other = this.fixtures.announcedEvent(null);
		String created = this.mvc
			.perform(post("/api/v1/events/" + event + "/sessions").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(session("Apertura", 9, 10, null, "[]", "[]", null)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(created, "$.id");
		this.mvc.perform(get("/api/v1/events/" + other + "/sessions/" + id).with(COORDINATOR))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(put("/api/v1/events/" + other + "/sessions/" + id).with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(session("Cambiada", 9, 10, null, "[]", "[]", 0L)))
			.andExpect(status().isNotFound());
		this.mvc.perform(delete("/api/v1/events/" + other + "/sessions/" + id).with(COORDINATOR).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/events/" + other + "/sessions").with(COORDINATOR))
			.andExpect(jsonPath("$.totalItems").value(0));
		assertThat(count(event)).isEqualTo(1);
		this.mvc.perform(get("/api/v1/events/" + event + "/sessions/" + id).with(COORDINATOR))
			.andExpect(jsonPath("$.titleEs").value("Apertura"));
	}

	@Test
	void theShowcaseIsReadByEveryRole() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		ShowcaseForm form = new ShowcaseForm();
		form.setThematicUnitId(
				this.jdbc.sql("select id from thematic_unit where code = 'UTC'").query(Long.class).single());
		form.setOfferEs("Redes de gestores culturales");
		form.setOfferPt("Redes de gestores culturais");
		this.showcases.create(event, form, Actor.of("coordinacion", Roles.COORDINATOR));
		this.mvc.perform(get("/api/v1/events/" + event + "/showcase").with(MENTOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].offerEs").value("Redes de gestores culturales"))
			.andExpect(jsonPath("$.items[0].offerPt").value("Redes de gestores culturais"))
			.andExpect(jsonPath("$.items[0].unitName").isNotEmpty());
		this.mvc.perform(get("/api/v1/events/999999999/showcase").with(MENTOR))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private long count(long event) {
		return this.jdbc.sql("select count(*) from event_session where event_id = ?")
			.param(event)
			.query(Long.class)
			.single();
	}

	private static LocalDate day() {
		return LocalDate.now().plusMonths(2);
	}

	private static String session(String title, int from, int to, String room, String speakerIds, String guests,
			Long version) {
		return "{\"titleEs\":\"" + title + "\",\"titlePt\":\"" + title + "\",\"startsAt\":\"" + day() + "T"
				+ String.format("%02d", from) + ":00\",\"endsAt\":\"" + day() + "T" + String.format("%02d", to)
				+ ":00\",\"room\":" + ((room != null) ? "\"" + room + "\"" : "null") + ",\"speakerIds\":" + speakerIds
				+ ",\"guests\":" + guests + ((version != null) ? ",\"version\":" + version : "") + "}";
	}

}
