package org.integra.ranking.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.integra.IntegraTest;
import org.integra.ranking.PolicySector;
import org.integra.ranking.PolicySectorRepository;
import org.integra.ranking.ThematicUnit;
import org.integra.ranking.ThematicUnitRepository;
import org.integra.system.DemoCsv;
import org.integra.system.LocalizedName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class PolicySectorWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PolicySectorRepository sectors;

	@Autowired
	ThematicUnitRepository units;

	@Autowired
	JdbcClient jdbc;

	private ThematicUnit unit(String code) {
		return this.units.findAll().stream().filter((unit) -> unit.getCode().equals(code)).findFirst().orElseThrow();
	}

	@Test
	void theSectorsOfTheFileAreLoadedWithTheUnitsTheirRowsName() {
		List<Map<String, String>> file = DemoCsv.rows("demo/sectors.csv");
		assertThat(file).hasSize(31);
		for (Map<String, String> row : file) {
			assertThat(this.sectors.findByCodeIgnoreCase(row.get("code"))).as(row.get("code"))
				.hasValueSatisfying((sector) -> assertThat(sector.getNames())
					.isEqualTo(new LocalizedName(row.get("name_es"), row.get("name_pt"), row.get("name_en"))));
		}
		assertThat(this.sectors.findByCodeIgnoreCase("HEALTH").orElseThrow().getUnitIds()).isEmpty();
		assertThat(this.sectors.findByCodeIgnoreCase("EDUCATION").orElseThrow().getUnitIds())
			.containsExactly(unit("UTE").getId());
		// shortened names in the file: "Deporte" is Deportes, "UT Género" is Género y
		// Municipio
		assertThat(this.sectors.findByCodeIgnoreCase("SPORT").orElseThrow().getUnitIds())
			.containsExactly(unit("DEP").getId());
		assertThat(this.sectors.findByCodeIgnoreCase("GENDER").orElseThrow().getUnitIds())
			.containsExactly(unit("UTGM").getId());
		assertThat(this.sectors.findByCodeIgnoreCase("URBAN").orElseThrow().getUnitIds())
			.containsExactlyInAnyOrder(unit("DU").getId(), unit("UTPEYAM").getId());
		PolicySector health = this.sectors.findByCodeIgnoreCase("HEALTH").orElseThrow();
		assertThat(health.getNames().getPt()).isEqualTo("Saúde");
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void theListShowsEachSectorWithItsUnits() throws Exception {
		this.mvc.perform(get("/ranking/sectors").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"sector-EDUCATION\"")))
			.andExpect(content().string(containsString("Municipal policy sectors")))
			.andExpect(content().string(containsString("not a fact from the network")));
	}

	@Test
	@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
	void aCoordinatorCreatesAndChangesASectorAndBadInputChangesNothing() throws Exception {
		String code = "LIBRARIES_" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
		long culture = unit("UTC").getId();
		this.mvc
			.perform(post("/ranking/sectors/new").with(csrf())
				.param("code", code)
				.param("nameEs", "Bibliotecas")
				.param("namePt", "Bibliotecas")
				.param("nameEn", "Libraries")
				.param("units", String.valueOf(culture), "999999"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/ranking/sectors"));
		PolicySector created = this.sectors.findByCodeIgnoreCase(code).orElseThrow();
		assertThat(created.getUnitIds()).containsExactly(culture);

		// the code is taken, and a unit that is not a number: the form says so, nothing
		// changes
		this.mvc
			.perform(post("/ranking/sectors/new").with(csrf())
				.param("lang", "en")
				.param("code", code.toLowerCase(Locale.ROOT))
				.param("nameEs", "x")
				.param("namePt", "x")
				.param("nameEn", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"sector-form\"")));
		this.mvc
			.perform(post("/ranking/sectors/" + created.getId() + "/edit").with(csrf())
				.param("lang", "en")
				.param("code", code)
				.param("nameEs", "Bibliotecas")
				.param("namePt", "Bibliotecas")
				.param("nameEn", "Libraries")
				.param("units", "abc")
				.param("version", String.valueOf(created.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose units from the list.")));
		assertThat(this.sectors.findByCodeIgnoreCase(code).orElseThrow().getUnitIds()).containsExactly(culture);

		this.mvc
			.perform(post("/ranking/sectors/" + created.getId() + "/edit").with(csrf())
				.param("code", code)
				.param("nameEs", "Bibliotecas públicas")
				.param("namePt", "Bibliotecas")
				.param("nameEn", "Libraries")
				.param("version", String.valueOf(created.getVersion())))
			.andExpect(status().is3xxRedirection());
		PolicySector changed = this.sectors.findByCodeIgnoreCase(code).orElseThrow();
		assertThat(changed.getNames().getEs()).isEqualTo("Bibliotecas públicas");
		assertThat(changed.getUnitIds()).isEmpty();
		// the embedded names reach the trail as one field per language
		assertThat(this.jdbc.sql("""
				select c.field from audit_change c join audit_entry e on e.id = c.entry_id
				where e.entity_type = 'PolicySector' and e.entity_id = ? and e.action = 'UPDATE'
				and c.new_value = 'Bibliotecas públicas'""")
			.param(String.valueOf(created.getId()))
			.query(String.class)
			.list()).containsExactly("names.es");

		// a stale form is refused
		this.mvc
			.perform(post("/ranking/sectors/" + created.getId() + "/edit").with(csrf())
				.param("lang", "en")
				.param("code", code)
				.param("nameEs", "Otra")
				.param("namePt", "Outra")
				.param("nameEn", "Other")
				.param("version", String.valueOf(created.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"form-global-errors\"")));
		assertThat(this.sectors.findByCodeIgnoreCase(code).orElseThrow().getNames().getEs())
			.isEqualTo("Bibliotecas públicas");
	}

}
