package org.integra.directory.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.integra.audit.AuditAction;
import org.integra.audit.AuditEntryView;
import org.integra.audit.AuditTrail;
import org.integra.directory.DirectoryMerge;
import org.integra.directory.OrganizationKind;
import org.integra.outreach.Channel;
import org.integra.outreach.Interaction;
import org.integra.outreach.InteractionDraft;
import org.integra.outreach.InteractionKind;
import org.integra.outreach.Interactions;
import org.integra.outreach.InterestLevel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
class MergeWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Interactions interactions;

	@Autowired
	AuditTrail auditTrail;

	private static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	private long id(String location) {
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long organization(String name, String country, String website) throws Exception {
		return id(this.mvc
			.perform(post("/directory/organizations/new").param("name", name)
				.param("kind", OrganizationKind.PARTNER_NETWORK.name())
				.param("countryCode", country)
				.param("website", website)
				.param("confirmDuplicate", "true")
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl());
	}

	private long person(String name, Long organizationId, String phone) throws Exception {
		return id(this.mvc
			.perform(post("/directory/people/new").param("name", name)
				.param("organizationId", (organizationId != null) ? organizationId.toString() : "")
				.param("phone", phone)
				.param("confirmDuplicate", "true")
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl());
	}

	private Interaction interactionThrough(long organizationId, long personId) {
		long cityId = this.jdbc.queryForObject("select min(city_id) from candidate", Long.class);
		return this.interactions.log(new InteractionDraft(cityId, LocalDate.now().minusDays(1), InteractionKind.MEETING,
				Channel.PARTNER_NETWORK, organizationId, null, Set.of(personId), "Merge test meeting", null,
				InterestLevel.LOW, null, null, null), "coordinacion");
	}

	private long count(String table, long id) {
		return this.jdbc.queryForObject("select count(*) from " + table + " where id = ?", Long.class, id);
	}

	@Test
	void mergingOrganizationsMovesPeopleAndInteractionsFillsEmptyFieldsAndIsAudited() throws Exception {
		String name = unique("Red de Prueba");
		long merged = organization(name, "UY", "https://merged.example.org");
		long kept = organization(name.toUpperCase(), "UY", "");
		long worker = person(unique("Trabajadora"), merged, "");
		Interaction interaction = interactionThrough(merged, worker);

		this.mvc.perform(get("/directory/organizations/" + merged + "/merge"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"" + kept + "\"")));
		this.mvc.perform(get("/directory/organizations/" + merged + "/merge").param("into", String.valueOf(kept)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"merge-comparison\"")))
			.andExpect(content().string(containsString("https://merged.example.org")))
			.andExpect(content().string(containsString("id=\"confirm-merge\"")));

		this.mvc
			.perform(post("/directory/organizations/" + merged + "/merge").param("into", String.valueOf(kept))
				.with(csrf()))
			.andExpect(redirectedUrl("/directory/organizations/" + kept))
			.andExpect(flash().attribute("message", "directory.merge.done"));

		assertThat(count("directory_organization", merged)).isZero();
		assertThat(this.jdbc.queryForObject("select organization_id from directory_person where id = ?", Long.class,
				worker))
			.isEqualTo(kept);
		assertThat(
				this.jdbc.queryForObject("select website from directory_organization where id = ?", String.class, kept))
			.isEqualTo("https://merged.example.org");
		assertThat(this.jdbc.queryForObject("select name from directory_organization where id = ?", String.class, kept))
			.isEqualTo(name.toUpperCase());
		assertThat(this.interactions.get(interaction.getId()).getIntermediaryId()).isEqualTo(kept);

		List<AuditEntryView> keptHistory = this.auditTrail.historyOf("Organization", kept);
		assertThat(keptHistory).anySatisfy((entry) -> assertThat(entry.changes()).anySatisfy((change) -> {
			assertThat(change.field()).isEqualTo(DirectoryMerge.MERGED_FIELD);
			assertThat(change.newValue()).isEqualTo("#" + merged + " " + name);
		}));
		List<AuditEntryView> mergedHistory = this.auditTrail.historyOf("Organization", merged);
		assertThat(mergedHistory).extracting(AuditEntryView::action).contains(AuditAction.CREATE, AuditAction.DELETE);
		this.mvc.perform(get("/directory/organizations/" + kept))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("#" + merged)));
	}

	@Test
	void mergingPeopleRepointsInteractionsAndDeletesTheMergedOne() throws Exception {
		long network = organization(unique("Red Personas"), "EC", "");
		String name = unique("María Gómez");
		long merged = person(name, network, "+593 1");
		long kept = person(name, network, "");
		Interaction interaction = interactionThrough(network, merged);

		this.mvc.perform(get("/directory/people/" + merged + "/duplicates"))
			.andExpect(content().string(containsString("/directory/people/" + merged + "/merge?into=" + kept)));
		this.mvc.perform(get("/directory/people/" + merged + "/merge").param("into", String.valueOf(kept)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("+593 1")));
		this.mvc
			.perform(post("/directory/people/" + merged + "/merge").param("into", String.valueOf(kept)).with(csrf()))
			.andExpect(redirectedUrl("/directory/people/" + kept));

		assertThat(count("directory_person", merged)).isZero();
		assertThat(this.jdbc.queryForList("select person_id from interaction_person where interaction_id = ?",
				Long.class, interaction.getId()))
			.containsExactly(kept);
		assertThat(this.jdbc.queryForObject("select phone from directory_person where id = ?", String.class, kept))
			.isEqualTo("+593 1");
		assertThat(this.auditTrail.historyOf("Person", kept))
			.anySatisfy((entry) -> assertThat(entry.changes()).extracting((c) -> c.field())
				.contains(DirectoryMerge.MERGED_FIELD));
		assertThat(this.auditTrail.historyOf("Person", merged)).extracting(AuditEntryView::action)
			.contains(AuditAction.DELETE);
	}

	@Test
	void mergingIntoItselfOrIntoAMissingRecordIsRefusedAndChangesNothing() throws Exception {
		long organization = organization(unique("Red Sola"), "PY", "");
		long person = person(unique("Persona Sola"), organization, "");
		this.mvc
			.perform(post("/directory/organizations/" + organization + "/merge")
				.param("into", String.valueOf(organization))
				.with(csrf()))
			.andExpect(redirectedUrl("/directory/organizations/" + organization + "/merge"))
			.andExpect(flash().attribute("error", "directory.merge.refused.self"));
		this.mvc
			.perform(
					post("/directory/organizations/" + organization + "/merge").param("into", "999999999").with(csrf()))
			.andExpect(flash().attribute("error", "directory.merge.refused.missing"));
		this.mvc
			.perform(post("/directory/people/" + person + "/merge").param("into", String.valueOf(person)).with(csrf()))
			.andExpect(flash().attribute("error", "directory.merge.refused.self"));
		this.mvc.perform(post("/directory/people/" + person + "/merge").with(csrf()))
			.andExpect(flash().attribute("error", "directory.merge.refused.missing"));
		this.mvc
			.perform(get("/directory/organizations/" + organization + "/merge").param("lang", "en")
				.param("into", String.valueOf(organization)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"merge-refused\"")))
			.andExpect(content().string(containsString("cannot be merged into itself")));
		assertThat(count("directory_organization", organization)).isOne();
		assertThat(count("directory_person", person)).isOne();
		this.mvc
			.perform(post("/directory/organizations/999999999/merge").param("into", String.valueOf(organization))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void hostileMergeParametersAreRefusedWithoutChanges() throws Exception {
		long organization = organization(unique("Red Hostil"), "VE", "");
		long person = person(unique("Persona Hostil"), organization, "");
		for (String input : HostileInputs.ALL) {
			for (String path : List.of("/directory/organizations/" + organization, "/directory/people/" + person)) {
				MvcResult page = this.mvc.perform(get(path + "/merge").param("into", input)).andReturn();
				HostileInputs.assertNotServerError(page);
				HostileInputs.assertRenderedEscaped(page.getResponse().getContentAsString(), input);
				MvcResult merge = this.mvc.perform(post(path + "/merge").param("into", input).with(csrf())).andReturn();
				HostileInputs.assertNotServerError(merge);
				assertThat(merge.getFlashMap().get("error")).isEqualTo("directory.merge.refused.missing");
			}
		}
		assertThat(count("directory_organization", organization)).isOne();
		assertThat(count("directory_person", person)).isOne();
	}

	@Test
	@WithMockUser(username = "consejo", roles = "VIEWER")
	void aViewerSeesTheHintButNoMergeLinks() throws Exception {
		long organization = this.jdbc.queryForObject("select min(id) from directory_organization", Long.class);
		this.mvc.perform(get("/directory/organizations/" + organization + "/duplicates"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/merge"))));
		this.mvc.perform(get("/directory/organizations/" + organization + "/merge")).andExpect(status().isForbidden());
	}

}
