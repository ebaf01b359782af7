package org.integra.outreach;

import java.time.LocalDate;
import java.util.Set;

import org.integra.IntegraTest;
import org.integra.directory.Directory;
import org.integra.directory.OrganizationForm;
import org.integra.directory.OrganizationKind;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
class OrganizationInUseTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Directory directory;

	@Autowired
	Interactions interactions;

	@Test
	void anIntermediaryOfAnInteractionIsNotDeleted() throws Exception {
		OrganizationForm form = new OrganizationForm();
		form.setName("Red intermediaria " + System.nanoTime());
		form.setKind(OrganizationKind.PARTNER_NETWORK);
		long organizationId = this.directory.create(form).getId();
		long cityId = this.jdbc.queryForObject("select min(city_id) from candidate", Long.class);
		this.interactions.log(new InteractionDraft(cityId, LocalDate.now().minusDays(1), InteractionKind.EMAIL,
				Channel.PARTNER_NETWORK, organizationId, null, Set.of(), "Correo a la red", null, InterestLevel.LOW,
				null, null, null), "coordinacion");
		assertThat(this.directory.isDeletable(organizationId)).isFalse();
		assertThat(this.directory.deletionBlocker(organizationId)).isEqualTo("directory.organization.isIntermediary");
		this.mvc.perform(get("/directory/organizations/" + organizationId + "/delete").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("intermediary of recorded interactions")))
			.andExpect(content().string(not(containsString("id=\"confirm-delete\""))));
		this.mvc.perform(post("/directory/organizations/" + organizationId + "/delete").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", "directory.organization.isIntermediary"));
		assertThat(this.directory.organization(organizationId).getId()).isEqualTo(organizationId);
	}

}
