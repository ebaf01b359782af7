package org.integra.outreach.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.integra.accounts.Accounts;
import org.integra.outreach.Mentors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class InteractionApiTests {

	static final RequestPostProcessor COORDINATOR = user("coordinacion").roles("COORDINATOR");

	static final RequestPostProcessor MENTOR = user("mentor").roles("MENTOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	Clock clock;

	@Autowired
	Mentors mentors;

	@Autowired
	Accounts accounts;

	long candidate(String country) {
		return this.jdbc
			.sql("select min(c.city_id) from candidate c join city k on k.id = c.city_id where k.country_code = ?")
			.param(country)
			.query(Long.class)
			.single();
	}

	long embassy(String represents, String hostedIn) {
		return this.jdbc
			.sql("select min(id) from directory_organization where kind = 'EMBASSY' and country_code = ? "
					+ "and host_country_code = ?")
			.params(represents, hostedIn)
			.query(Long.class)
			.single();
	}

	long count(String summary) {
		return this.jdbc.sql("select count(*) from interaction where summary = ?")
			.param(summary)
			.query(Long.class)
			.single();
	}

	Map<String, Object> body(long cityId, String channel, Long intermediary, String summary) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("cityId", cityId);
		body.put("occurredOn", LocalDate.now(this.clock).minusDays(2).toString());
		body.put("kind", "CALL");
		body.put("channel", channel);
		body.put("intermediaryId", intermediary);
		body.put("summary", summary);
		body.put("interest", "MEDIUM");
		return body;
	}

	MockHttpServletRequestBuilder send(MockHttpServletRequestBuilder request, Map<String, Object> body) {
		return request.with(csrf())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body));
	}

	@Test
	void createReadListAndCorrectWithStaleVersionDetection() throws Exception {
		long cali = candidate("CO");
		long embassy = embassy("CO", "BO");
		String summary = "API embajada " + System.nanoTime();
		Map<String, Object> body = body(cali, "EMBASSY_IN_LA_PAZ", embassy, summary);
		body.put("nextStep", "Enviar carta");
		body.put("nextStepAssignee", "coordinacion");
		body.put("nextStepDue", LocalDate.now(this.clock).plusDays(5).toString());
		MvcResult created = this.mvc.perform(send(post("/api/v1/interactions"), body).with(COORDINATOR))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/interactions/")))
			.andExpect(jsonPath("$.channel").value("EMBASSY_IN_LA_PAZ"))
			.andExpect(jsonPath("$.recordedBy").value("coordinacion"))
			.andReturn();
		JsonNode node = this.json.readTree(created.getResponse().getContentAsString());
		long id = node.get("id").asLong();
		long version = node.get("version").asLong();
		this.mvc.perform(get("/api/v1/interactions/{id}", id).with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary").value(summary))
			.andExpect(jsonPath("$.intermediaryId").value(embassy))
			.andExpect(jsonPath("$.nextStepAssignee").value("coordinacion"));
		this.mvc.perform(get("/api/v1/interactions").param("city", Long.toString(cali)).with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
		this.mvc
			.perform(get("/api/v1/interactions").param("organization", Long.toString(embassy))
				.param("channel", "EMBASSY_IN_LA_PAZ")
				.with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
		this.mvc
			.perform(get("/api/v1/interactions").param("city", Long.toString(cali))
				.param("channel", "PORTAL")
				.param("size", "500")
				.with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")]").isEmpty());
		this.mvc.perform(get("/api/v1/interactions").param("channel", "NOPE").with(COORDINATOR))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("channel"));

		body.put("summary", summary + " corregida");
		body.put("version", version);
		this.mvc.perform(send(put("/api/v1/interactions/{id}", id), body).with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary").value(summary + " corregida"))
			.andExpect(jsonPath("$.version").value(version + 1));
		body.put("summary", summary + " tarde");
		this.mvc.perform(send(put("/api/v1/interactions/{id}", id), body).with(COORDINATOR))
			.andExpect(status().isConflict());
		body.remove("version");
		this.mvc.perform(send(put("/api/v1/interactions/{id}", id), body).with(COORDINATOR))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		assertThat(count(summary + " tarde")).isZero();
	}

	@Test
	void refusedDraftsAnswer400WithFieldErrorsAndStoreNothing() throws Exception {
		long cali = candidate("CO");
		String summary = "API embajada equivocada " + System.nanoTime();
		this.mvc
			.perform(send(post("/api/v1/interactions"), body(cali, "EMBASSY_IN_LA_PAZ", embassy("PE", "BO"), summary))
				.with(COORDINATOR))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("intermediaryId"))
			.andExpect(jsonPath("$.errors[0].message").value("Choose the candidate country's embassy in Bolivia."));
		Map<String, Object> unknown = body(cali, "CARRIER_PIGEON", null, summary);
		unknown.put("kind", "SMOKE");
		this.mvc.perform(send(post("/api/v1/interactions"), unknown).with(COORDINATOR))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("channel")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("kind")));
		Map<String, Object> nextStep = body(cali, "PORTAL", null, summary);
		nextStep.put("nextStep", "Algo");
		this.mvc.perform(send(post("/api/v1/interactions"), nextStep).with(COORDINATOR))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("nextStepAssignee")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("nextStepDue")));
		this.mvc.perform(send(post("/api/v1/interactions"), Map.of()).with(COORDINATOR))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("cityId"));
		assertThat(count(summary)).isZero();
	}

	@Test
	void aMentorSeesAndLogsOnlyWithinTheirCandidates() throws Exception {
		long assigned = candidate("CO");
		long other = candidate("PE");
		long medellin = this.accounts.mentorCityOf("mentor").orElseThrow();
		boolean wasAssigned = this.mentors.mentorCityIdsOf(assigned).contains(medellin);
		this.mentors.assign(assigned, medellin, null, "admin");
		try {
			String summary = "API mentor " + System.nanoTime();
			Map<String, Object> mine = body(assigned, "MENTOR_CITY", null, summary);
			mine.put("mentorCityId", medellin);
			MvcResult created = this.mvc.perform(send(post("/api/v1/interactions"), mine).with(MENTOR))
				.andExpect(status().isCreated())
				.andReturn();
			long id = this.json.readTree(created.getResponse().getContentAsString()).get("id").asLong();
			Map<String, Object> elsewhere = body(other, "MENTOR_CITY", null, summary + " fuera");
			elsewhere.put("mentorCityId", medellin);
			this.mvc.perform(send(post("/api/v1/interactions"), elsewhere).with(MENTOR))
				.andExpect(status().isNotFound());
			this.mvc
				.perform(send(post("/api/v1/interactions"), body(assigned, "PORTAL", null, summary + " portal"))
					.with(MENTOR))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field", hasItem("channel")));
			String coordinators = "API coordinación " + System.nanoTime();
			MvcResult outside = this.mvc
				.perform(
						send(post("/api/v1/interactions"), body(other, "PORTAL", null, coordinators)).with(COORDINATOR))
				.andExpect(status().isCreated())
				.andReturn();
			long outsideId = this.json.readTree(outside.getResponse().getContentAsString()).get("id").asLong();
			this.mvc.perform(get("/api/v1/interactions/{id}", outsideId).with(MENTOR)).andExpect(status().isNotFound());
			this.mvc.perform(get("/api/v1/interactions").param("size", "500").with(MENTOR))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[*].id", hasItem((int) id)))
				.andExpect(jsonPath("$.items[?(@.id == " + outsideId + ")]").isEmpty());
			Map<String, Object> correction = body(other, "PORTAL", null, coordinators);
			correction.put("version", 0);
			this.mvc.perform(send(put("/api/v1/interactions/{id}", outsideId), correction).with(MENTOR))
				.andExpect(status().isNotFound());
			assertThat(count(summary + " fuera")).isZero();
			assertThat(count(summary + " portal")).isZero();
		}
		finally {
			if (!wasAssigned) {
				this.mentors.unassign(assigned, medellin);
			}
		}
	}

	@Test
	void hostileTextsAreRefusedOrStoredAsTheyAre() throws Exception {
		long cali = candidate("CO");
		for (String input : HostileInputs.ALL) {
			for (String field : List.of("summary", "outcome", "nextStep")) {
				String marker = "API hostil " + System.nanoTime();
				Map<String, Object> body = body(cali, "PORTAL", null, field.equals("summary") ? input : marker);
				if (!field.equals("summary")) {
					body.put(field, input);
				}
				if (field.equals("nextStep")) {
					body.put("nextStepAssignee", "coordinacion");
					body.put("nextStepDue", LocalDate.now(this.clock).toString());
				}
				MvcResult result = this.mvc.perform(send(post("/api/v1/interactions"), body).with(COORDINATOR))
					.andReturn();
				HostileInputs.assertNotServerError(result);
				String key = field.equals("summary") ? input.strip() : marker;
				if (input.equals(HostileInputs.LONG)) {
					assertThat(result.getResponse().getStatus()).isEqualTo(400);
					assertThat(count(key)).isZero();
				}
				else {
					assertThat(result.getResponse().getStatus()).isEqualTo(201);
					JsonNode node = this.json.readTree(result.getResponse().getContentAsString());
					assertThat(node.get(field).asString()).isEqualTo(input.strip());
				}
			}
		}
	}

}
