package org.integra.events.web;

import org.integra.IntegraTest;
import org.integra.cities.TestCities;
import org.integra.events.Events;
import org.integra.events.RegistrationFixtures;
import org.integra.events.RegistrationRecords;
import org.integra.events.RegistrationSubmission;
import org.integra.events.Registrations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An event's public registrations through the API: read by the team with the secretariat,
 * searched ignoring accents, linked by coordinators to a city and a person; refusals as
 * problem+json.
 */
@IntegraTest
class RegistrationApiTests {

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

	RegistrationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new RegistrationFixtures(this.events, this.cities, this.jdbc, this.records);
	}

	@Test
	void theSecretariatSearchesTheRegistrationsAndACoordinatorLinksOneToACityAndANewPerson() throws Exception {
		long event = this.fixtures.openEvent();
		long joana = register(event, "Joana Araújo", "Porto Alegre", "BR");
		register(event, "Pedro Pérez", "Cusco", "PE");
		this.mvc.perform(get("/api/v1/events/" + event + "/registrations").with(SECRETARIAT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(2));
		this.mvc.perform(get("/api/v1/events/" + event + "/registrations").param("q", "JOANA araujo").with(SECRETARIAT))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].id").value(joana))
			.andExpect(jsonPath("$.items[0].cityName").value("Porto Alegre"))
			.andExpect(jsonPath("$.items[0].confirmedAt").doesNotExist());
		this.mvc.perform(get("/api/v1/events/" + event + "/registrations/" + joana).with(MENTOR))
			.andExpect(status().isForbidden());

		long city = this.cities.city(TestCities.unique("Porto Alegre"), "BR").create();
		this.mvc
			.perform(post("/api/v1/events/" + event + "/registrations/" + joana + "/city").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"cityId\":" + city + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cityId").value(city))
			.andExpect(jsonPath("$.linkedBy").value("coordinacion"));
		String person = this.mvc
			.perform(post("/api/v1/events/" + event + "/registrations/" + joana + "/person/new").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.personId").isNumber())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long personId = ((Number) com.jayway.jsonpath.JsonPath.read(person, "$.personId")).longValue();
		assertThat(this.jdbc.sql("select name from directory_person where id = ?")
			.param(personId)
			.query(String.class)
			.single()).isEqualTo("Joana Araújo");
		this.mvc.perform(get("/api/v1/events/" + event + "/registrations/" + joana).with(SECRETARIAT))
			.andExpect(jsonPath("$.cityId").value(city))
			.andExpect(jsonPath("$.personId").value(personId));
	}

	@Test
	void aLinkWithoutACityOrToAnUnknownOneOrByTheSecretariatIsRefusedAndChangesNothing() throws Exception {
		long event = this.fixtures.openEvent();
		long id = register(event, "Lucía Torres", "Quito", "EC");
		this.mvc
			.perform(post("/api/v1/events/" + event + "/registrations/" + id + "/city").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("cityId"));
		this.mvc
			.perform(post("/api/v1/events/" + event + "/registrations/" + id + "/city").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"cityId\":999999999}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(post("/api/v1/events/" + event + "/registrations/" + id + "/city/new").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Quito\",\"country\":\"XX\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		long city = this.cities.city(TestCities.unique("Quito"), "EC").create();
		this.mvc
			.perform(post("/api/v1/events/" + event + "/registrations/" + id + "/city").with(SECRETARIAT)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"cityId\":" + city + "}"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc
			.sql("select count(*) from event_registration where id = ? and city_id is null "
					+ "and person_id is null and linked_by is null")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aRegistrationIsNotFoundThroughAnotherEventAndIsNotLinked() throws Exception {
		long event = this.fixtures.openEvent();
		long other = this.fixtures.openEvent();
		long id = register(event, "Rosa Díaz", "Santiago", "CL");
		this.mvc.perform(get("/api/v1/events/" + other + "/registrations/" + id).with(SECRETARIAT))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		long city = this.cities.city(TestCities.unique("Santiago"), "CL").create();
		this.mvc
			.perform(post("/api/v1/events/" + other + "/registrations/" + id + "/city").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"cityId\":" + city + "}"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/events/" + other + "/registrations").with(SECRETARIAT))
			.andExpect(jsonPath("$.totalItems").value(0));
		assertThat(this.jdbc.sql("select count(*) from event_registration where id = ? and city_id is null")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private long register(long event, String name, String city, String country) {
		String email = TestCities.unique("persona").replace(' ', '.').toLowerCase(java.util.Locale.ROOT)
				+ "@example.org";
		return this.registrations
			.register(event, new RegistrationSubmission(name, "Intendencia", city, country, "Directora", email, "es"))
			.getId();
	}

}
