package org.integra.outreach.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.integra.IntegraTest;
import org.integra.cities.TestCities;
import org.integra.outreach.Channel;
import org.integra.outreach.InteractionDraft;
import org.integra.outreach.InteractionKind;
import org.integra.outreach.Interactions;
import org.integra.outreach.InterestLevel;
import org.integra.outreach.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
class ChannelMatrixWebTests {

	@Autowired
	TestCities testCities;

	@Autowired
	MockMvc mvc;

	@Autowired
	Pipeline pipeline;

	@Autowired
	Interactions interactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	TestCandidates candidates;

	@BeforeEach
	void start() {
		this.candidates = new TestCandidates(this.jdbc, this.pipeline, this.testCities);
	}

	@AfterEach
	void cleanUp() {
		this.candidates.close();
	}

	private long embassyOfPeruInLaPaz() {
		return this.jdbc
			.sql("select min(id) from directory_organization where kind = 'EMBASSY' and country_code = 'PE' "
					+ "and host_country_code = 'BO'")
			.query(Long.class)
			.single();
	}

	private long withEmbassyInteraction() {
		long cityId = this.candidates.candidate("Canales", "PE", -16.4, -71.5);
		this.interactions.log(new InteractionDraft(cityId, LocalDate.now().minusDays(2), InteractionKind.MEETING,
				Channel.EMBASSY_IN_LA_PAZ, embassyOfPeruInLaPaz(), null, Set.of(), "Reunión en la embajada", null,
				InterestLevel.MEDIUM, null, null, null), "coordinacion");
		return cityId;
	}

	@Test
	void theCandidatesMatrixShowsTheEmbassyRouteItsCoverageAndTheGaps() throws Exception {
		long cityId = withEmbassyInteraction();
		String html = this.mvc.perform(get("/outreach/candidates/" + cityId + "/channels"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.selectFirst("#tripartite-coverage").text()).isEqualTo("1 de 3 vías de embajada usadas");
		Element embassy = page.selectFirst("#channel-EMBASSY_IN_LA_PAZ");
		assertThat(embassy.hasClass("channel-used")).isTrue();
		assertThat(embassy.text()).contains("1").contains(LocalDate.now().minusDays(2).toString());
		assertThat(embassy.select("a[href^=/directory/organizations/]").text())
			.isEqualTo("Embajada de Perú en Bolivia");
		for (String gap : List.of("BOLIVIAN_EMBASSY", "DIRECT_FROM_LA_PAZ", "PARTNER_NETWORK", "MENTOR_CITY")) {
			Element row = page.selectFirst("#channel-" + gap);
			assertThat(row.hasClass("channel-gap")).as(gap).isTrue();
			assertThat(row.text()).as(gap).contains("Sin usar");
		}
		assertThat(page.selectFirst("#channel-gaps").text()).contains("Embajada de Bolivia en el país")
			.doesNotContain("Embajada del país en La Paz");
		assertThat(page.select("table#channel-table caption")).hasSize(1);
		assertThat(page.select("table#channel-table th[scope=col]")).hasSize(4);
		assertThat(page.select("table#channel-table th[scope=row]")).hasSize(Channel.values().length);
		this.mvc.perform(get("/outreach/candidates/" + cityId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 de 3 vías de embajada usadas")))
			.andExpect(content().string(containsString("/outreach/candidates/" + cityId + "/channels")));
	}

	@Test
	void theGridShowsEachCandidateWithCountsGapsAndCoverage() throws Exception {
		long cityId = withEmbassyInteraction();
		String html = this.mvc.perform(get("/outreach/channels").param("country", "PE").param("sort", "coverage"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		Element row = page.selectFirst("#grid-row-" + cityId);
		assertThat(row).as("the new candidate is on the first page when sorted by coverage").isNotNull();
		assertThat(row.select("td").last().text()).isEqualTo("1/3");
		assertThat(row.select("td.channel-used")).hasSize(1);
		assertThat(row.select("td.channel-gap")).hasSize(Channel.values().length - 1);
		assertThat(row.select("td.channel-gap").first().text()).isEqualTo("Sin usar");
		assertThat(page.select("#channel-grid tbody tr"))
			.allSatisfy((tr) -> assertThat(tr.select("td").first().text()).isEqualTo("PE"));
		assertThat(page.select("#channel-grid caption")).hasSize(1);
		assertThat(page.select("#channel-grid thead th[scope=col]")).hasSize(4 + Channel.values().length);
		this.mvc.perform(get("/outreach/channels").param("stage", "INVITED"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("grid-row-" + cityId))));
	}

	@Test
	void theApiGivesTheSameMatrix() throws Exception {
		long cityId = withEmbassyInteraction();
		this.mvc.perform(get("/api/v1/channel-matrix/" + cityId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tripartiteCoverage").value(1))
			.andExpect(jsonPath("$.tripartiteRoutes").value(3))
			.andExpect(jsonPath("$.gaps", hasItems("BOLIVIAN_EMBASSY", "DIRECT_FROM_LA_PAZ", "PORTAL")))
			.andExpect(jsonPath("$.channels[1].channel").value("EMBASSY_IN_LA_PAZ"))
			.andExpect(jsonPath("$.channels[1].count").value(1))
			.andExpect(jsonPath("$.channels[1].intermediaries[0].name").value("Embajada de Perú en Bolivia"));
		this.mvc.perform(get("/api/v1/channel-matrix").param("country", "PE"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].cityId", hasItem((int) cityId)));
		this.mvc.perform(get("/api/v1/channel-matrix").param("stage", "NOPE")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/channel-matrix/2147483000")).andExpect(status().isNotFound());
	}

	@Test
	void aMentorSeesOnlyTheCandidatesOfTheirCity() throws Exception {
		long peruvian = withEmbassyInteraction();
		String html = this.mvc.perform(get("/outreach/channels").with(user(this.users.loadUserByUsername("mentor"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("#channel-grid tbody tr")).isNotEmpty()
			.allSatisfy((tr) -> assertThat(tr.select("td").first().text()).isEqualTo("CO"));
		assertThat(html).contains("Bogotá").doesNotContain("Cusco").doesNotContain("Quito");
		this.mvc
			.perform(get("/outreach/candidates/" + peruvian + "/channels")
				.with(user(this.users.loadUserByUsername("mentor"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/channel-matrix").with(user(this.users.loadUserByUsername("mentor"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].countryCode",
					org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("CO"))));
	}

	@Test
	void theGridIsPagedByTwentyFiveAndKeepsItsFilters() throws Exception {
		for (int i = 0; i < 26; i++) {
			this.candidates.candidate("Paginada canal " + i, "PE", null, null);
		}
		Document first = Jsoup.parse(this.mvc.perform(get("/outreach/channels").param("country", "PE"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(first.select("#channel-grid tbody tr")).hasSize(25);
		assertThat(first.selectFirst("a[rel=next]").attr("href")).contains("country=PE")
			.contains("sort=city")
			.contains("page=1");
		Document second = Jsoup
			.parse(this.mvc.perform(get("/outreach/channels").param("country", "PE").param("page", "1"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(second.select("#channel-grid tbody tr")).isNotEmpty();
		assertThat(second.selectFirst("a[rel=prev]")).isNotNull();
	}

	@Test
	void hostileFilterValuesNeverBreakTheGrid() throws Exception {
		for (String input : org.integra.HostileInputs.ALL) {
			for (String parameter : List.of("stage", "country", "sort", "page")) {
				org.springframework.test.web.servlet.MvcResult result = this.mvc
					.perform(get("/outreach/channels").param(parameter, input))
					.andReturn();
				org.integra.HostileInputs.assertNotServerError(result);
				assertThat(result.getResponse().getStatus()).isEqualTo(200);
				org.integra.HostileInputs.assertRenderedEscaped(result.getResponse().getContentAsString(), input);
			}
			org.integra.HostileInputs.assertNotServerError(
					this.mvc.perform(get("/api/v1/channel-matrix").param("country", input).param("sort", input))
						.andReturn());
		}
	}

	@Test
	void theApiIsDescribedInOpenApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/channel-matrix'].get.summary").exists())
			.andExpect(jsonPath("$.paths['/api/v1/channel-matrix/{cityId}'].get.summary").exists())
			.andExpect(jsonPath("$.paths['/api/v1/mentor-assignments'].post.summary").exists())
			.andExpect(jsonPath("$.paths['/api/v1/mentor-assignments'].get.summary").exists())
			.andExpect(jsonPath("$.paths['/api/v1/mentor-assignments/{id}'].delete.summary").exists())
			.andExpect(jsonPath("$.paths['/api/v1/candidates/{cityId}/mentor-suggestions'].get.summary").exists())
			.andExpect(jsonPath("$.paths['/api/v1/mentor-activity'].get.summary").exists());
	}

	@Test
	void theCountryFilterShowsCountryNamesInTheUsersLanguageAndOrder() throws Exception {
		withEmbassyInteraction();
		Document page = Jsoup.parse(this.mvc.perform(get("/outreach/channels").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.selectFirst("#country option[value=PE]").text()).isEqualTo("Peru");
		java.util.List<String> names = page.select("#country option[value~=^[A-Z]{2}$]").eachText();
		java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.ENGLISH);
		collator.setStrength(java.text.Collator.PRIMARY);
		assertThat(names).isSortedAccordingTo(collator).noneMatch((name) -> name.matches("[A-Z]{2}"));
	}

}
