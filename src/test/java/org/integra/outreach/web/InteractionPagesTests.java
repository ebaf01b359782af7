package org.integra.outreach.web;

import java.util.List;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.integra.accounts.Accounts;
import org.integra.directory.Directory;
import org.integra.directory.PersonForm;
import org.integra.outreach.Channel;
import org.integra.outreach.InteractionDraft;
import org.integra.outreach.InteractionKind;
import org.integra.outreach.Interactions;
import org.integra.outreach.InterestLevel;
import org.integra.outreach.Mentors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class InteractionPagesTests {

	static final RequestPostProcessor COORDINATOR = user("coordinacion").roles("COORDINATOR");

	static final RequestPostProcessor MENTOR = user("mentor").roles("MENTOR");

	static final RequestPostProcessor VIEWER = user("consejo").roles("VIEWER");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mentors mentors;

	@Autowired
	Interactions interactions;

	@Autowired
	Directory directory;

	@Autowired
	Clock clock;

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

	long medellin() {
		return this.accounts.mentorCityOf("mentor").orElseThrow();
	}

	long count(String summary) {
		return this.jdbc.sql("select count(*) from interaction where summary = ?")
			.param(summary)
			.query(Long.class)
			.single();
	}

	long idOf(String summary) {
		return this.jdbc.sql("select max(id) from interaction where summary = ?")
			.param(summary)
			.query(Long.class)
			.single();
	}

	String yesterday() {
		return LocalDate.now(this.clock).minusDays(1).toString();
	}

	MockHttpServletRequestBuilder logFor(long cityId, String channel, Long intermediary, String summary) {
		MockHttpServletRequestBuilder request = post("/outreach/candidates/{id}/interactions", cityId).with(csrf())
			.header("Accept-Language", "en")
			.param("occurredOn", yesterday())
			.param("kind", "MEETING")
			.param("channel", channel)
			.param("summary", summary)
			.param("interest", "HIGH");
		if (intermediary != null) {
			request.param("intermediaryId", intermediary.toString());
		}
		return request;
	}

	@Test
	void aCoordinatorLogsThroughTheCandidateCountrysEmbassyInLaPazAndEveryTimelineShowsIt() throws Exception {
		long cali = candidate("CO");
		long embassy = embassy("CO", "BO");
		PersonForm person = new PersonForm();
		person.setName("Cónsul de prueba " + System.nanoTime());
		person.setOrganizationId(embassy);
		long personId = this.directory.create(person).getId();
		String summary = "Reunión con la embajada " + System.nanoTime();
		this.mvc.perform(get("/outreach/candidates/{id}/interactions/new", cali).with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + LocalDate.now(this.clock) + "\"")))
			.andExpect(content().string(containsString("data-channel=\"EMBASSY_IN_LA_PAZ EVENT\"")))
			.andExpect(content().string(containsString(person.getName())));
		this.mvc
			.perform(logFor(cali, "EMBASSY_IN_LA_PAZ", embassy, summary).with(COORDINATOR)
				.param("personIds", Long.toString(personId))
				.param("outcome", "Interesados")
				.param("nextStep", "Enviar la invitación")
				.param("nextStepAssignee", "coordinacion")
				.param("nextStepDue", LocalDate.now(this.clock).plusDays(10).toString()))
			.andExpect(redirectedUrl("/outreach/candidates/" + cali))
			.andExpect(flash().attribute("message", "interactions.logged"));
		assertThat(count(summary)).isOne();
		long id = idOf(summary);
		this.mvc.perform(get("/outreach/candidates/{id}", cali).with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(summary)))
			.andExpect(content().string(containsString("/outreach/interactions/" + id)))
			.andExpect(content().string(containsString("Enviar la invitación")))
			.andExpect(content().string(containsString(person.getName())));
		this.mvc.perform(get("/cities/{id}", cali).with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(summary)));
		this.mvc.perform(get("/directory/organizations/{id}", embassy).with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(summary)));
		this.mvc.perform(get("/directory/people/{id}", personId).with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(summary)));
		this.mvc.perform(get("/outreach/interactions/{id}", id).with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(summary)))
			.andExpect(content().string(containsString("/directory/people/" + personId)))
			.andExpect(content().string(containsString("/directory/organizations/" + embassy)))
			.andExpect(content().string(containsString("id=\"audit-history-title\"")))
			.andExpect(content().string(not(containsString("id=\"correct-interaction\""))));
	}

	@Test
	void theWrongEmbassyIsRefusedWithTheReasonAndNothingIsStored() throws Exception {
		long cali = candidate("CO");
		String summary = "Embajada equivocada " + System.nanoTime();
		this.mvc.perform(logFor(cali, "EMBASSY_IN_LA_PAZ", embassy("PE", "BO"), summary).with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"intermediaryId-error\"")))
			.andExpect(content().string(containsString("Choose the candidate country&#39;s embassy in Bolivia.")))
			.andExpect(content().string(containsString(summary)));
		this.mvc.perform(logFor(cali, "BOLIVIAN_EMBASSY", embassy("CO", "BO"), summary).with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"intermediaryId-error\"")));
		assertThat(count(summary)).isZero();
	}

	@Test
	void emptyAndMalformedFormsShowFieldErrorsAndStoreNothing() throws Exception {
		long cali = candidate("CO");
		this.mvc
			.perform(post("/outreach/candidates/{id}/interactions", cali).with(csrf())
				.with(COORDINATOR)
				.param("kind", "NOPE")
				.param("occurredOn", "not a date"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"kind-error\"")))
			.andExpect(content().string(containsString("id=\"occurredOn-error\"")));
		this.mvc
			.perform(post("/outreach/candidates/{id}/interactions", cali).with(csrf())
				.with(COORDINATOR)
				.param("occurredOn", LocalDate.now(this.clock).plusDays(3).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"summary-error\"")))
			.andExpect(content().string(containsString("id=\"channel-error\"")))
			.andExpect(content().string(containsString("id=\"occurredOn-error\"")));
	}

	@Test
	void aLongTimelineShowsTwentyEntriesAndTheRestBehindShowAll() throws Exception {
		long quito = candidate("EC");
		String prefix = "Serie " + System.nanoTime() + " ";
		for (int i = 0; i < 21; i++) {
			this.interactions
				.log(new InteractionDraft(quito, LocalDate.now(this.clock).minusDays(i + 1), InteractionKind.EMAIL,
						Channel.PORTAL, null, null, Set.of(), prefix + i, null, InterestLevel.LOW, null, null, null),
						"coordinacion");
		}
		this.mvc.perform(get("/outreach/candidates/{id}", quito).with(VIEWER).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"timeline-more\"")))
			.andExpect(content().string(containsString(prefix + "20")))
			.andExpect(content().string(containsString("Show all (")));
		long association = this.jdbc.sql("select min(id) from directory_organization where kind = 'ASSOCIATION'")
			.query(Long.class)
			.single();
		this.mvc.perform(get("/directory/organizations/{id}", association).with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"timeline-empty\"")));
	}

	@Test
	void readersWhoDoNotLogCannotOpenTheForm() throws Exception {
		this.mvc.perform(get("/outreach/candidates/{id}/interactions/new", candidate("CO")).with(VIEWER))
			.andExpect(status().isForbidden());
	}

	@Test
	void aMentorLogsOnlyForAssignedCandidatesThroughTheirOwnCity() throws Exception {
		long assigned = candidate("CO");
		long other = candidate("PE");
		long medellin = medellin();
		boolean wasAssigned = this.mentors.mentorCityIdsOf(assigned).contains(medellin);
		this.mentors.assign(assigned, medellin, null, "admin");
		try {
			this.mvc.perform(get("/outreach/candidates/{id}/interactions/new", assigned).with(MENTOR))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("value=\"MENTOR_CITY\"")))
				.andExpect(content().string(not(containsString("value=\"PARTNER_NETWORK\""))));
			String summary = "Mentoría " + System.nanoTime();
			this.mvc
				.perform(logFor(assigned, "MENTOR_CITY", null, summary).with(MENTOR)
					.param("mentorCityId", Long.toString(medellin)))
				.andExpect(redirectedUrl("/outreach/candidates/" + assigned));
			assertThat(count(summary)).isOne();
			long own = idOf(summary);
			this.mvc.perform(get("/outreach/interactions/{id}", own).with(MENTOR))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"correct-interaction\"")))
				.andExpect(content().string(not(containsString("/directory/"))));
			this.mvc.perform(get("/outreach/interactions/{id}/edit", own).with(MENTOR)).andExpect(status().isOk());

			String refused = "Mentoría rechazada " + System.nanoTime();
			this.mvc
				.perform(logFor(other, "MENTOR_CITY", null, refused).with(MENTOR)
					.param("mentorCityId", Long.toString(medellin)))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/outreach/candidates/{id}/interactions/new", other).with(MENTOR))
				.andExpect(status().isNotFound());
			this.mvc
				.perform(logFor(assigned, "PARTNER_NETWORK",
						this.jdbc.sql("select min(id) from directory_organization where kind = 'PARTNER_NETWORK'")
							.query(Long.class)
							.single(),
						refused)
					.with(MENTOR))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"channel-error\"")));
			assertThat(count(refused)).isZero();

			String coordinators = "Llamada de coordinación " + System.nanoTime();
			this.mvc.perform(logFor(assigned, "PORTAL", null, coordinators).with(COORDINATOR))
				.andExpect(status().is3xxRedirection());
			long notOwn = idOf(coordinators);
			this.mvc.perform(get("/outreach/interactions/{id}", notOwn).with(MENTOR))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("id=\"correct-interaction\""))));
			this.mvc.perform(get("/outreach/interactions/{id}/edit", notOwn).with(MENTOR))
				.andExpect(status().isForbidden());
			String otherCity = "Fuera del alcance " + System.nanoTime();
			this.mvc.perform(logFor(other, "PORTAL", null, otherCity).with(COORDINATOR))
				.andExpect(status().is3xxRedirection());
			this.mvc.perform(get("/outreach/interactions/{id}", idOf(otherCity)).with(MENTOR))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/outreach/candidates/{id}", assigned).with(MENTOR))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(summary)));
		}
		finally {
			if (!wasAssigned) {
				this.mentors.unassign(assigned, medellin);
			}
		}
	}

	@Test
	void theSecondOfTwoConcurrentCorrectionsIsToldAndKeepsItsInput() throws Exception {
		long cali = candidate("CO");
		String summary = "Para corregir " + System.nanoTime();
		this.mvc.perform(logFor(cali, "PORTAL", null, summary).with(COORDINATOR))
			.andExpect(status().is3xxRedirection());
		long id = idOf(summary);
		long version = this.jdbc.sql("select version from interaction where id = ?")
			.param(id)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/outreach/interactions/{id}/edit", id).with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(summary)));
		this.mvc
			.perform(post("/outreach/interactions/{id}/edit", id).with(csrf())
				.with(COORDINATOR)
				.param("version", Long.toString(version))
				.param("occurredOn", yesterday())
				.param("kind", "CALL")
				.param("channel", "PORTAL")
				.param("interest", "LOW")
				.param("summary", summary + " primera"))
			.andExpect(redirectedUrl("/outreach/interactions/" + id))
			.andExpect(flash().attribute("message", "interactions.corrected"));
		this.mvc
			.perform(post("/outreach/interactions/{id}/edit", id).with(csrf())
				.with(user("admin").roles("ADMIN"))
				.header("Accept-Language", "en")
				.param("version", Long.toString(version))
				.param("occurredOn", yesterday())
				.param("kind", "CALL")
				.param("channel", "PORTAL")
				.param("interest", "LOW")
				.param("summary", summary + " segunda"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"form-global-errors\"")))
			.andExpect(content().string(containsString("Someone else corrected this interaction")))
			.andExpect(content().string(containsString(summary + " segunda")));
		assertThat(count(summary + " primera")).isOne();
		assertThat(count(summary + " segunda")).isZero();
		this.mvc.perform(get("/outreach/interactions/{id}", id).with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(summary + " primera")));
	}

	@Test
	void hostileTextsNeverBreakTheFormAndAreShownEscaped() throws Exception {
		long cali = candidate("CO");
		for (String input : HostileInputs.ALL) {
			for (String field : new String[] { "summary", "outcome", "nextStep" }) {
				String marker = "Hostil " + System.nanoTime();
				MockHttpServletRequestBuilder request = logFor(cali, "PORTAL", null,
						field.equals("summary") ? input : marker)
					.with(COORDINATOR);
				if (!field.equals("summary")) {
					request.param(field, input);
				}
				if (field.equals("nextStep")) {
					request.param("nextStepAssignee", "coordinacion")
						.param("nextStepDue", LocalDate.now(this.clock).toString());
				}
				MvcResult result = this.mvc.perform(request).andReturn();
				HostileInputs.assertNotServerError(result);
				String key = field.equals("summary") ? input : marker;
				if (input.equals(HostileInputs.LONG)) {
					assertThat(result.getResponse().getStatus()).isEqualTo(200);
					assertThat(result.getResponse().getContentAsString()).contains("id=\"" + field + "-error\"");
					assertThat(this.jdbc.sql("select count(*) from interaction where summary = ?")
						.param(key.strip())
						.query(Long.class)
						.single()).as("nothing stored for a too long %s", field).isZero();
					HostileInputs.assertRenderedEscaped(result.getResponse().getContentAsString(), input);
					continue;
				}
				assertThat(result.getResponse().getStatus()).as("%s in %s", HostileInputs.describe(input), field)
					.isEqualTo(302);
				long id = this.jdbc.sql("select max(id) from interaction where summary = ?")
					.param(key.strip())
					.query(Long.class)
					.single();
				String page = this.mvc.perform(get("/outreach/interactions/{id}", id).with(VIEWER))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString();
				HostileInputs.assertRenderedEscaped(page, input);
				String candidatePage = this.mvc.perform(get("/outreach/candidates/{id}", cali).with(VIEWER))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString();
				HostileInputs.assertRenderedEscaped(candidatePage, input);
			}
		}
	}

	@Test
	void theIntermediaryListOffersEachOrganizationOnceGroupedByTheChannelsItFits() throws Exception {
		long city = candidate("PE");
		Document form = Jsoup
			.parse(this.mvc.perform(get("/outreach/candidates/{id}/interactions/new", city).with(COORDINATOR))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		List<String> offered = form.select("#intermediaryId optgroup option").eachAttr("value");
		assertThat(offered).isNotEmpty().doesNotHaveDuplicates();
		// the network's own bodies fit both the direct and the presidency channels (and,
		// as every organisation, the event channel): one group for them
		Element bodies = form
			.selectFirst("#intermediaryId optgroup[data-channel=DIRECT_FROM_LA_PAZ PRESIDENCY_SECRETARIAT EVENT]");
		assertThat(bodies).isNotNull();
		assertThat(bodies.select("option")).isNotEmpty();
		assertThat(form.select("#intermediaryId optgroup[data-channel=DIRECT_FROM_LA_PAZ]")).isEmpty();
	}

}
