package org.integra.membership.web;

import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.integra.cities.TestCities;
import org.integra.membership.Applications;
import org.integra.membership.DocumentKind;
import org.integra.system.Actor;
import org.integra.system.NotFoundException;
import org.integra.system.Roles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages of membership applications, as the coordinators, the secretariat and a
 * viewer.
 */
@IntegraTest
class ApplicationWebTests {

	static final RequestPostProcessor COORDINATOR = user("coordinacion").roles("COORDINATOR");

	static final RequestPostProcessor SECRETARIAT = user("secretaria").roles("SECRETARIAT");

	static final RequestPostProcessor VIEWER = user("consejo").roles("VIEWER");

	static final Actor PREPARER = Actor.of("coordinacion", Roles.COORDINATOR);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestCities cities;

	@Autowired
	Applications applications;

	@Test
	void aCoordinatorOpensAnApplicationForACandidateNotesItsDocumentsAndSubmitsIt() throws Exception {
		long city = candidate("AR");
		Document list = page(get("/membership/applications").with(COORDINATOR));
		assertThat(list.select("#open-form select[name=cityId] option[value=" + city + "]")).hasSize(1);
		assertThat(list.select("label[for=cityId]")).hasSize(1);

		MvcResult opened = this.mvc
			.perform(post("/membership/applications").with(COORDINATOR).with(csrf()).param("cityId", "" + city))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = opened.getResponse().getRedirectedUrl();
		assertThat(location).matches("/membership/applications/\\d+");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(
				page(get("/membership/applications").with(COORDINATOR)).select("#open-form option[value=" + city + "]"))
			.as("no second application for the city")
			.isEmpty();

		Document draft = page(get(location).with(COORDINATOR));
		assertThat(draft.select("#application-status").text()).isEqualTo("Borrador");
		assertThat(draft.select("#checklist-items li").eachAttr("id")).containsExactly("missing-MAYOR_LETTER",
				"missing-APPLICATION_FORM");
		assertThat(draft.select("#take-SUBMITTED")).hasSize(1);
		assertThat(draft.select("#take-RECOMMENDED")).as("the secretariat's step").isEmpty();
		assertThat(draft.select("#end-application").attr("data-confirm")).isNotBlank();

		Document refused = page(post(location + "/steps").with(COORDINATOR).with(csrf()).param("to", "SUBMITTED"));
		assertThat(refused.select("#refusal").text()).contains("falta");
		assertThat(refused.select("#refusal-missing li")).hasSize(2);

		note(id, COORDINATOR, "MAYOR_LETTER");
		note(id, COORDINATOR, "APPLICATION_FORM");
		Document ready = page(get(location).with(COORDINATOR));
		assertThat(ready.select("#document-list li").eachAttr("id")).containsExactly("document-MAYOR_LETTER",
				"document-APPLICATION_FORM");
		assertThat(ready.select("#checklist-ready")).hasSize(1);

		assertThat(step(id, COORDINATOR, "SUBMITTED").getFlashMap().get("message")).isEqualTo("membership.step.taken");
		Document submitted = page(get(location).with(COORDINATOR));
		assertThat(submitted.select("#application-status").text()).isEqualTo("Presentada");
		assertThat(submitted.select("#history-table tbody tr")).hasSize(2);
		assertThat(submitted.select("#history-table tbody tr").last().text()).contains("coordinacion");

		Document filtered = page(
				get("/membership/applications").param("status", "SUBMITTED").param("country", "ar").with(COORDINATOR));
		assertThat(filtered.select("#application-" + id)).hasSize(1);
		assertThat(
				page(get("/membership/applications").param("status", "DRAFT").param("country", "AR").with(COORDINATOR))
					.select("#application-" + id))
			.isEmpty();
	}

	@Test
	void aCouncilCountrysChecklistAsksForTheCouncilsApprovalAfterSubmission() throws Exception {
		long id = submitted(candidate("CO"));
		Document page = page(get("/membership/applications/" + id).with(COORDINATOR));
		assertThat(page.select("#checklist-items li").eachAttr("id")).containsExactly("missing-COUNCIL_APPROVAL");
		assertThat(page.select("#note-document option").eachAttr("value")).containsExactly("COUNCIL_APPROVAL");
	}

	@Test
	void theSecretariatRecommendsAndApprovesWithTheSummitsDateAndPlace() throws Exception {
		long id = submitted(candidate("BR"));
		this.applications.markDocumentsComplete(id, PREPARER);
		String location = "/membership/applications/" + id;
		Document complete = page(get(location).with(SECRETARIAT));
		assertThat(complete.select("#take-RECOMMENDED")).hasSize(1);
		assertThat(complete.select("#note-document")).as("the coordinators note documents").isEmpty();
		assertThat(complete.select("#end-REJECTED")).hasSize(1);
		assertThat(complete.select("#end-WITHDRAWN")).as("the coordinators withdraw").isEmpty();

		this.mvc
			.perform(post(location + "/steps").with(SECRETARIAT)
				.with(csrf())
				.param("to", "RECOMMENDED")
				.param("note", "Recomendada por el Consejo"))
			.andExpect(status().is3xxRedirection());
		Document recommended = page(get(location).with(SECRETARIAT));
		assertThat(recommended.select("#summitDate[type=date]")).hasSize(1);
		assertThat(recommended.select("label[for=summitPlace]")).hasSize(1);

		Document refused = page(post(location + "/steps").with(SECRETARIAT)
			.with(csrf())
			.param("to", "APPROVED")
			.param("summitDate", "2027-11-20"));
		assertThat(refused.select("#refusal-missing li")).hasSize(1);
		assertThat(refused.select("#summitDate").val()).as("the date typed is kept").isEqualTo("2027-11-20");

		this.mvc
			.perform(post(location + "/steps").with(SECRETARIAT)
				.with(csrf())
				.param("to", "APPROVED")
				.param("summitDate", "2027-11-20")
				.param("summitPlace", "Quito"))
			.andExpect(status().is3xxRedirection());
		Document approved = page(get(location).with(SECRETARIAT));
		assertThat(approved.select("#application-summit").text()).contains("2027-11-20").contains("Quito");
		assertThat(approved.select("#take-MEMBER")).hasSize(1);
		assertThat(this.jdbc.sql("select status from membership_application where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("APPROVED");
		assertThat(approved.select("#history-table tbody tr").eachText())
			.anyMatch((row) -> row.contains("secretaria") && row.contains("Recomendada por el Consejo"));
	}

	@Test
	void aViewerSeesNoActionsAndIsRefusedEveryChange() throws Exception {
		long id = this.applications.open(candidate("UY"), PREPARER).getId();
		Document list = page(get("/membership/applications").with(VIEWER));
		assertThat(list.select("#application-" + id)).hasSize(1);
		assertThat(list.select("#open-application")).isEmpty();
		Document page = page(get("/membership/applications/" + id).with(VIEWER));
		assertThat(page.select("#checklist-items li")).hasSize(2);
		assertThat(page.select("#actions, #note-document, form[method=post][action^=/membership]")).isEmpty();
		this.mvc
			.perform(post("/membership/applications/" + id + "/steps").with(VIEWER)
				.with(csrf())
				.param("to", "WITHDRAWN")
				.param("reason", "no"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/membership/applications/" + id + "/documents/note").with(VIEWER)
				.with(csrf())
				.param("kind", "MAYOR_LETTER"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/membership/applications").with(VIEWER).with(csrf()).param("cityId", "1"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anUnknownApplicationIsNotFound() throws Exception {
		// the error page (ErrorPageController) renders it in the layout outside MockMvc
		MvcResult result = this.mvc.perform(get("/membership/applications/987654321").with(VIEWER))
			.andExpect(status().isNotFound())
			.andReturn();
		assertThat(result.getResolvedException()).isInstanceOf(NotFoundException.class);
	}

	@Test
	void hostileReasonsComeBackEscaped() throws Exception {
		for (String input : HostileInputs.ALL) {
			long id = this.applications.open(candidate("CL"), PREPARER).getId();
			MvcResult result = this.mvc
				.perform(post("/membership/applications/" + id + "/steps").with(COORDINATOR)
					.with(csrf())
					.param("to", "WITHDRAWN")
					.param("reason", input))
				.andReturn();
			HostileInputs.assertNotServerError(result);
			String html = (result.getResponse().getStatus() == 200) ? result.getResponse().getContentAsString()
					: this.mvc.perform(get("/membership/applications/" + id).with(COORDINATOR))
						.andExpect(status().isOk())
						.andReturn()
						.getResponse()
						.getContentAsString();
			HostileInputs.assertRenderedEscaped(html, input);
			Document page = Jsoup.parse(html);
			if (input.equals(HostileInputs.LONG)) {
				assertThat(page.select("#refusal").text()).as("too long").contains("máximo");
				assertThat(page.select("#reason").text()).as("the reason typed is kept").isEqualTo(input.strip());
			}
			else {
				assertThat(page.select("#application-reason").text()).isEqualTo(input.strip());
			}
		}
	}

	private long candidate(String countryCode) {
		long city = this.cities.city(TestCities.unique("Ciudad solicitante"), countryCode)
			.relation("CANDIDATE")
			.create();
		this.jdbc
			.sql("insert into candidate (city_id, stage, stage_since, version) values (?, 'INTERESTED', "
					+ "current_timestamp, 0)")
			.params(city)
			.update();
		return city;
	}

	private long submitted(long city) {
		long id = this.applications.open(city, PREPARER).getId();
		this.applications.noteDocument(id, DocumentKind.MAYOR_LETTER, PREPARER);
		this.applications.noteDocument(id, DocumentKind.APPLICATION_FORM, PREPARER);
		this.applications.submit(id, PREPARER);
		return id;
	}

	private MvcResult step(long id, RequestPostProcessor who, String to) throws Exception {
		// a refused step shows the page again (200) with the refusal
		return this.mvc
			.perform(post("/membership/applications/" + id + "/steps").with(who).with(csrf()).param("to", to))
			.andExpect(status().is3xxRedirection())
			.andReturn();
	}

	private void note(long id, RequestPostProcessor who, String kind) throws Exception {
		this.mvc.perform(
				post("/membership/applications/" + id + "/documents/note").with(who).with(csrf()).param("kind", kind))
			.andExpect(status().is3xxRedirection());
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
