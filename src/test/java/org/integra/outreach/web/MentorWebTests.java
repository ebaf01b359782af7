package org.integra.outreach.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.integra.cities.TestCities;
import org.integra.outreach.Channel;
import org.integra.outreach.InteractionDraft;
import org.integra.outreach.InteractionKind;
import org.integra.outreach.Interactions;
import org.integra.outreach.InterestLevel;
import org.integra.outreach.Mentors;
import org.integra.outreach.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
class MentorWebTests {

	static final Locale SPANISH = Locale.forLanguageTag("es");

	@Autowired
	TestCities testCities;

	@Autowired
	MockMvc mvc;

	@Autowired
	Pipeline pipeline;

	@Autowired
	Mentors mentors;

	@Autowired
	Interactions interactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MessageSource messages;

	@Autowired
	UserDetailsService users;

	TestCandidates candidates;

	long lima;

	long puno;

	@BeforeEach
	void start() {
		this.candidates = new TestCandidates(this.jdbc, this.pipeline, this.testCities);
		this.lima = this.candidates.cityId("Lima", "PE");
		this.puno = this.candidates.cityId("Puno", "PE");
	}

	@AfterEach
	void cleanUp() {
		this.candidates.close();
	}

	/** A Peruvian candidate near Arequipa: Puno is nearer than Lima. */
	private long peruvian() {
		return this.candidates.candidate("Mentoreada", "PE", -16.4, -71.5);
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, SPANISH);
	}

	@Test
	void suggestionsPutSameCountryMembersFirstWithTheReasonInWords() throws Exception {
		long cityId = peruvian();
		String html = this.mvc.perform(get("/outreach/candidates/" + cityId + "/mentors"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("#suggestions tbody tr").eachAttr("id")).startsWith("suggestion-" + this.puno,
				"suggestion-" + this.lima);
		assertThat(page.selectFirst("#suggestion-" + this.puno + " .suggestion-reason").text())
			.matches("Mismo país · ninguna prioridad temática en común · \\d{3} km");
		assertThat(page.selectFirst("#suggestion-" + this.lima + " .suggestion-reason").text())
			.startsWith("Mismo país · ");
		assertThat(page.select("#suggestions tbody tr").get(2).selectFirst(".suggestion-reason").text())
			.startsWith("Otro país (");
		this.mvc.perform(get("/api/v1/candidates/" + cityId + "/mentor-suggestions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].cityId").value((int) this.puno))
			.andExpect(jsonPath("$.items[0].sameCountry").value(true))
			.andExpect(jsonPath("$.items[0].assigned").value(false))
			.andExpect(jsonPath("$.items[1].cityId").value((int) this.lima))
			.andExpect(jsonPath("$.items[1].reason").value(org.hamcrest.Matchers.startsWith("Mismo país · ")))
			.andExpect(jsonPath("$.items[2].sameCountry").value(false));
		this.mvc.perform(get("/api/v1/candidates/2147483000/mentor-suggestions")).andExpect(status().isNotFound());
	}

	@Test
	void aCoordinatorAssignsAndRemovesAMentorThroughThePages() throws Exception {
		long cityId = peruvian();
		String base = "/outreach/candidates/" + cityId + "/mentors";
		this.mvc
			.perform(post(base).with(csrf())
				.param("mentorCityId", Long.toString(this.lima))
				.param("note", "Plan de trabajo 2017"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(base));
		assertThat(this.mentors.mentorCityIdsOf(cityId)).containsExactly(this.lima);
		Document page = Jsoup.parse(
				this.mvc.perform(get(base)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.selectFirst("#mentor-" + this.lima).text()).contains("Lima (PE)")
			.contains("Plan de trabajo 2017");
		assertThat(page.selectFirst("#suggestion-" + this.lima).text())
			.contains(text("outreach.mentors.alreadyAssigned"));
		assertThat(page.selectFirst("#remove-confirmation")).isNull();
		this.mvc.perform(get("/outreach/candidates/" + cityId))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Lima (PE)")));
		Document confirm = Jsoup.parse(this.mvc.perform(get(base).param("remove", Long.toString(this.lima)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(confirm.selectFirst("#remove-confirmation form").attr("action"))
			.isEqualTo(base + "/" + this.lima + "/remove");
		this.mvc.perform(post(base + "/" + this.lima + "/remove")).andExpect(status().isForbidden());
		assertThat(this.mentors.mentorCityIdsOf(cityId)).as("no CSRF token, nothing removed").hasSize(1);
		this.mvc.perform(post(base + "/" + this.lima + "/remove").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(base));
		assertThat(this.mentors.mentorCityIdsOf(cityId)).isEmpty();
	}

	@Test
	void theAssignFormRefusesANonMemberCityAndHostileNotes() throws Exception {
		long cityId = peruvian();
		String base = "/outreach/candidates/" + cityId + "/mentors";
		String html = this.mvc
			.perform(post(base).with(csrf()).param("mentorCityId", Long.toString(cityId)).param("note", "x"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).selectFirst("#mentorCityId-error").text())
			.isEqualTo(text("outreach.mentor.city.notMember"));
		for (String input : HostileInputs.ALL) {
			MvcResult result = this.mvc
				.perform(post(base).with(csrf()).param("mentorCityId", input).param("note", input))
				.andReturn();
			HostileInputs.assertNotServerError(result);
			HostileInputs.assertRenderedEscaped(result.getResponse().getContentAsString(), input);
			MvcResult noted = this.mvc
				.perform(post(base).with(csrf()).param("mentorCityId", Long.toString(this.puno)).param("note", input))
				.andReturn();
			HostileInputs.assertNotServerError(noted);
			MvcResult shown = this.mvc.perform(get(base).param("remove", input)).andReturn();
			HostileInputs.assertNotServerError(shown);
			HostileInputs.assertRenderedEscaped(shown.getResponse().getContentAsString(), input);
			this.mentors.unassign(cityId, this.puno);
		}
		MvcResult tooLong = this.mvc
			.perform(post(base).with(csrf())
				.param("mentorCityId", Long.toString(this.puno))
				.param("note", HostileInputs.LONG))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(Jsoup.parse(tooLong.getResponse().getContentAsString()).selectFirst("#note-error").text())
			.isEqualTo(text("outreach.mentor.note.tooLong"));
		assertThat(this.mentors.mentorsOf(cityId)).as("nothing stored on refusal").isEmpty();
		this.mvc.perform(post("/outreach/candidates/2147483000/mentors").with(csrf()).param("mentorCityId", "1"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theApiAssignsListsAndDeletes() throws Exception {
		long cityId = peruvian();
		MvcResult created = this.mvc
			.perform(post("/api/v1/mentor-assignments").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"candidateCityId\":" + cityId + ",\"mentorCityId\":" + this.lima
						+ ",\"note\":\"Por la API\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mentorCityName").value("Lima"))
			.andExpect(jsonPath("$.note").value("Por la API"))
			.andReturn();
		long id = this.json.readTree(created.getResponse().getContentAsString()).get("id").asLong();
		assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/mentor-assignments/" + id);
		this.mvc
			.perform(post("/api/v1/mentor-assignments").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"candidateCityId\":" + cityId + ",\"mentorCityId\":" + this.lima + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value((int) id));
		this.mvc.perform(get("/api/v1/mentor-assignments/" + id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.candidateCityId").value((int) cityId));
		this.mvc.perform(get("/api/v1/mentor-assignments"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")].mentorCityId").value((int) this.lima));
		this.mvc
			.perform(post("/api/v1/mentor-assignments").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"candidateCityId\":" + cityId + ",\"mentorCityId\":" + cityId + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("mentorCityId"))
			.andExpect(jsonPath("$.errors[0].message").value(text("outreach.mentor.city.notMember")));
		this.mvc
			.perform(post("/api/v1/mentor-assignments").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"mentorCityId\":" + this.lima + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("candidateCityId"));
		this.mvc.perform(delete("/api/v1/mentor-assignments/" + id).with(csrf())).andExpect(status().isNoContent());
		this.mvc.perform(delete("/api/v1/mentor-assignments/" + id).with(csrf())).andExpect(status().isNotFound());
		assertThat(this.mentors.mentorsOf(cityId)).isEmpty();
	}

	@Test
	void hostileNotesNeverBreakTheApiAndAreShownEscaped() throws Exception {
		long cityId = peruvian();
		for (String input : HostileInputs.ALL) {
			String body = this.json
				.writeValueAsString(Map.of("candidateCityId", cityId, "mentorCityId", this.puno, "note", input));
			MvcResult result = this.mvc
				.perform(post("/api/v1/mentor-assignments").with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andReturn();
			HostileInputs.assertNotServerError(result);
			assertThat(result.getResponse().getStatus()).as(HostileInputs.describe(input)).isIn(201, 400);
			if (result.getResponse().getStatus() == 400) {
				assertThat(this.mentors.mentorsOf(cityId)).as("nothing stored for %s", HostileInputs.describe(input))
					.isEmpty();
				continue;
			}
			JsonNode stored = this.json.readTree(result.getResponse().getContentAsString());
			assertThat(stored.get("note").asString()).isEqualTo(input.strip());
			String page = this.mvc.perform(get("/outreach/candidates/" + cityId + "/mentors"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			HostileInputs.assertRenderedEscaped(page, input);
			this.mentors.unassign(cityId, this.puno);
		}
	}

	@Test
	void theCoordinatorSeesMentorActivity() throws Exception {
		long cityId = peruvian();
		this.mentors.assign(cityId, this.puno, null, "coordinacion");
		for (int days : new int[] { 3, 10 }) {
			this.interactions.log(new InteractionDraft(cityId, LocalDate.now().minusDays(days), InteractionKind.CALL,
					Channel.MENTOR_CITY, null, this.puno, Set.of(), "Llamada de Puno", null, InterestLevel.LOW, null,
					null, null), "coordinacion");
		}
		this.interactions.log(new InteractionDraft(cityId, LocalDate.now(), InteractionKind.EMAIL, Channel.PORTAL, null,
				null, Set.of(), "Consulta por el portal", null, InterestLevel.LOW, null, null, null), "coordinacion");
		String html = this.mvc.perform(get("/outreach/mentors"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.selectFirst("#activity-" + this.puno + "-" + cityId).text()).contains("2 interacciones")
			.contains(LocalDate.now().minusDays(3).toString())
			.contains("Identificada");
		assertThat(page.selectFirst("#activity-" + this.puno).hasClass("mentor-quiet")).isFalse();
		this.mvc.perform(get("/api/v1/mentor-activity"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.mentorCityId == " + this.puno + ")].quiet").value(false))
			.andExpect(jsonPath("$.items[?(@.mentorCityId == " + this.puno + ")].candidates[?(@.cityId == " + cityId
					+ ")].interactions")
				.value(2));
	}

	@Test
	void aMentorCannotManageMentorsAndSeesOnlyTheirCitysAssignments() throws Exception {
		long cityId = peruvian();
		var mentor = user(this.users.loadUserByUsername("mentor"));
		this.mvc.perform(get("/outreach/candidates/" + cityId + "/mentors").with(mentor))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/outreach/mentors").with(mentor)).andExpect(status().isForbidden());
		long medellin = this.candidates.cityId("Medellín", "CO");
		this.mvc.perform(get("/api/v1/mentor-assignments").with(mentor))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].mentorCityId", everyItem(is((int) medellin))));
		long bogota = this.candidates.cityId("Bogotá", "CO");
		Document candidatePage = Jsoup.parse(this.mvc.perform(get("/outreach/candidates/" + bogota).with(mentor))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(candidatePage.selectFirst("#mentor-list").text()).contains("Medellín (CO)");
		assertThat(candidatePage.selectFirst("#mentors-link")).as("no link to a page closed to mentors").isNull();
		long limaAssignment = this.mentors.assign(cityId, this.lima, null, "coordinacion").getId();
		this.mvc.perform(get("/api/v1/mentor-assignments/" + limaAssignment).with(mentor))
			.andExpect(status().isNotFound());
	}

}
