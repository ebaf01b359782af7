package org.integra.cities.web;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.integra.cities.geonames.GeonamesFileGenerator;
import org.integra.cities.geonames.GeonamesImport;
import org.junit.jupiter.api.AfterEach;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class CountryControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GeonamesImport imports;

	/** Other tests count the countries of the migration. */
	@AfterEach
	void removeTheCountriesAdded() {
		this.jdbc.update("delete from country where code in ('XJ', 'XK', 'XL', 'X1')");
	}

	private long countries(String code) {
		return this.jdbc.queryForObject("select count(*) from country where code = ?", Long.class, code);
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void anAdminAddsACountryThatAGeonamesFileHadAndTheDryRunThenKnowsIt() throws Exception {
		byte[] file = (GeonamesFileGenerator.line(97000001, "Lejania", "", 40.4, -3.7, "P", "PPL", "XJ", "29", 100,
				"2024-05-02") + "\n")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(this.imports.dryRun("c.txt", file, Set.of("SR"), "admin").unknownCountries()).containsKey("XJ");
		this.mvc.perform(get("/countries/new").param("code", "XJ"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"XJ\"")));

		this.mvc
			.perform(post("/countries").param("code", "xj")
				.param("nameEs", "Lejanía")
				.param("namePt", "Longínquia")
				.param("nameEn", "Farland")
				.param("region", "SOUTH_AMERICA")
				.param("mercosurRelation", "OTHER")
				.with(csrf()))
			.andExpect(redirectedUrl("/countries"));

		assertThat(countries("XJ")).isOne();
		assertThat(this.imports.dryRun("c.txt", file, Set.of("XJ"), "admin").unknownCountries()).isEmpty();
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void aBadOrTakenCodeIsRefusedWithAMessageAndNothingChanges() throws Exception {
		this.mvc
			.perform(post("/countries").param("code", "PE")
				.param("nameEs", "Otro Perú")
				.param("namePt", "Outro Peru")
				.param("nameEn", "Other Peru")
				.param("region", "SOUTH_AMERICA")
				.param("mercosurRelation", "OTHER")
				.param("lang", "en")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A country with this code already exists.")));
		assertThat(this.jdbc.queryForObject("select name_es from country where code = 'PE'", String.class))
			.isEqualTo("Perú");
		this.mvc.perform(post("/countries").param("code", "X1").param("region", "NOWHERE").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"code-error\"")))
			.andExpect(content().string(containsString("id=\"nameEs-error\"")))
			.andExpect(content().string(containsString("id=\"region-error\"")));
		assertThat(countries("X1")).isZero();
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void hostileNamesAreStoredAsTextAndRenderedEscaped() throws Exception {
		this.mvc
			.perform(post("/countries").param("code", "XK")
				.param("nameEs", HostileInputs.SCRIPT)
				.param("namePt", HostileInputs.ATTRIBUTE_BREAKOUT)
				.param("nameEn", HostileInputs.LONG)
				.param("region", "CARIBBEAN")
				.with(csrf()))
			.andExpect(status().isOk());
		assertThat(countries("XK")).isZero();
		this.mvc
			.perform(post("/countries").param("code", "XK")
				.param("nameEs", HostileInputs.SCRIPT)
				.param("namePt", HostileInputs.ATTRIBUTE_BREAKOUT)
				.param("nameEn", HostileInputs.SQL)
				.param("region", "CARIBBEAN")
				.with(csrf()))
			.andExpect(redirectedUrl("/countries"));
		MvcResult list = this.mvc.perform(get("/countries")).andReturn();
		HostileInputs.assertRenderedEscaped(list.getResponse().getContentAsString(), HostileInputs.SCRIPT);
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void onlyAnAdminAddsACountry() throws Exception {
		this.mvc.perform(get("/countries/new")).andExpect(status().isForbidden());
		this.mvc.perform(post("/countries").param("code", "XL").with(csrf())).andExpect(status().isForbidden());
		assertThat(countries("XL")).isZero();
	}

}
