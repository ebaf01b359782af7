package org.integra.ranking.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.integra.audit.AuditTrail;
import org.integra.cities.TestCities;
import org.integra.ranking.CityCriterionValue;
import org.integra.ranking.Criterion;
import org.integra.ranking.CriterionRepository;
import org.integra.ranking.CriterionValueRepository;
import org.integra.ranking.FeeBracketRepository;
import org.integra.ranking.PolicySector;
import org.integra.ranking.PolicySectorRepository;
import org.integra.ranking.RankingData;
import org.integra.ranking.ThematicUnit;
import org.integra.ranking.ThematicUnitRepository;
import org.integra.ranking.ValueCsv;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class RankingWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CriterionRepository criteria;

	@Autowired
	CriterionValueRepository values;

	@Autowired
	ThematicUnitRepository units;

	@Autowired
	FeeBracketRepository fees;

	@Autowired
	RankingData data;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	private PolicySectorRepository sectors;

	@Autowired
	private TestCities testCities;

	/**
	 * A city of the test's own, so that no other test's cities or values get in the way.
	 */
	private long cityId() {
		return this.testCities.create(TestCities.unique("Villa Valores"), "CO");
	}

	private Criterion criterion(String code) {
		return this.criteria.findByCodeIgnoreCase(code).orElseThrow();
	}

	@Test
	void seedsThePlansCriteriaUnitsAndAnIllustrativeSchedule() {
		assertThat(this.criteria.findAll()).extracting(Criterion::getCode)
			.contains("POPULATION_TIER", "SEAPORT", "INTERNATIONALISATION", "THEMATIC_OVERLAP", "FEE_TO_BUDGET",
					"MUNICIPAL_BUDGET");
		// the demo rubric's levels 1 to 3, and 0 for a city known to have none
		assertThat(criterion("INTERNATIONALISATION").getLevels()).hasSize(4);
		assertThat(this.units.findAll()).extracting(ThematicUnit::getCode)
			.contains("UTAGP", "UTDS", "UTDI", "UTC", "UTSC", "UTT", "UTIF", "UTPEYAM", "UTADS", "UTDHM", "UTGM", "UTJ",
					"UTDEL", "ESS", "INF", "UTE", "UTCI", "CTC", "DU", "DEP", "COM");
		assertThat(this.data.feeSchedule().problems()).isEmpty();
		assertThat(this.data.feeSchedule().illustrative()).isTrue();
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void feePageShowsTheIllustrativeBannerAndEstimates() throws Exception {
		this.mvc.perform(get("/ranking/fees").param("population", "1000000").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"illustrative-banner\"")))
			.andExpect(content().string(containsString("replace with the official schedule")))
			.andExpect(content().string(containsString("id=\"estimate-result\"")))
			.andExpect(content().string(not(containsString("id=\"edit-fees\""))));
		this.mvc.perform(get("/ranking/fees").param("population", HostileInputs.SCRIPT))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"estimate-invalid\"")))
			.andExpect(content().string(not(containsString(HostileInputs.SCRIPT))));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void anOverlappingFeeScheduleIsRejectedAndNothingChanges() throws Exception {
		long before = this.fees.count();
		this.mvc
			.perform(post("/ranking/fees").with(csrf())
				.param("lang", "en")
				.param("min", "0", "50000")
				.param("max", "60000", "")
				.param("amount", "10", "20")
				.param("currency", "USD", "USD")
				.param("year", "2026", "2026")
				.param("illustrative", "true", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Two brackets overlap.")));
		assertThat(this.fees.count()).isEqualTo(before);
		assertThat(this.data.feeSchedule().bracketFor(0L).orElseThrow().annualAmount()).isEqualByComparingTo("1000");
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void coordinatorMayNotEditFees() throws Exception {
		this.mvc.perform(post("/ranking/fees").with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(roles = "SECRETARIAT")
	void readOnlyRolesGet403OnEdits() throws Exception {
		long id = criterion("SEAPORT").getId();
		this.mvc.perform(post("/ranking/criteria/" + id + "/deactivate").with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/ranking/cities/" + cityId() + "/values/" + id).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/ranking/criteria")).andExpect(status().isOk());
		assertThat(criterion("SEAPORT").isActive()).isTrue();
	}

	@Test
	@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
	void criterionEditTellsTheSecondOfTwoConcurrentEdits() throws Exception {
		String code = "LOCK_TEST_" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
		this.mvc
			.perform(post("/ranking/criteria/new").with(csrf())
				.param("code", code)
				.param("nameEs", "Prueba")
				.param("namePt", "Teste")
				.param("nameEn", "Test")
				.param("kind", "NUMBER")
				.param("direction", "MORE_IS_BETTER")
				.param("derivation", "NONE")
				.param("scoring", "true")
				.param("active", "true")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		Criterion created = criterion(code);
		String path = "/ranking/criteria/" + created.getId() + "/edit";
		this.mvc
			.perform(post(path).with(csrf())
				.param("code", code)
				.param("nameEs", "Prueba 2")
				.param("namePt", "Teste")
				.param("nameEn", "Test")
				.param("kind", "NUMBER")
				.param("direction", "MORE_IS_WORSE")
				.param("derivation", "NONE")
				.param("version", String.valueOf(created.getVersion())))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(path).with(csrf())
				.param("lang", "en")
				.param("code", code)
				.param("nameEs", "Prueba 3")
				.param("namePt", "Teste")
				.param("nameEn", "Test")
				.param("kind", "NUMBER")
				.param("direction", "MORE_IS_BETTER")
				.param("derivation", "NONE")
				.param("version", String.valueOf(created.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this")));
		assertThat(criterion(code).getNames().getEs()).isEqualTo("Prueba 2");
		assertThat(this.auditTrail.historyOf("Criterion", created.getId())).isNotEmpty();
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void criterionFormShowsValidationMessages() throws Exception {
		this.mvc
			.perform(post("/ranking/criteria/new").with(csrf())
				.param("lang", "en")
				.param("code", "BAD CODE!")
				.param("nameEs", "x")
				.param("namePt", "x")
				.param("nameEn", "x")
				.param("kind", "ORDINAL")
				.param("direction", "MORE_IS_BETTER")
				.param("derivation", "NONE")
				.param("levels", "1 | only | one | level"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use 1 to 40 letters, digits or underscores.")))
			.andExpect(content().string(containsString("An ordinal scale needs at least two levels.")));
	}

	@Test
	@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
	void enteringAValueStoresItsEvidenceAndIsAudited() throws Exception {
		long city = cityId();
		Criterion internationalisation = criterion("INTERNATIONALISATION");
		this.mvc
			.perform(post("/ranking/cities/" + city + "/values/" + internationalisation.getId()).with(csrf())
				.param("value", "2")
				.param("source", "https://example.org/plan")
				.param("evidenceDate", "2026-03-01")
				.param("note", "Plan de internacionalización"))
			.andExpect(status().is3xxRedirection());
		var stored = this.values.findByCityIdAndCriterionId(city, internationalisation.getId()).orElseThrow();
		assertThat(stored.getNumericValue()).isEqualByComparingTo("2");
		assertThat(stored.getEnteredBy()).isEqualTo("coordinacion");
		assertThat(this.auditTrail.historyOf("CriterionValue", stored.getId())).isNotEmpty();
		this.mvc.perform(get("/ranking/cities/" + city).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("International-relations office or city network")))
			.andExpect(content().string(containsString("https://example.org/plan")))
			.andExpect(content().string(containsString("id=\"completeness\"")));
	}

	@Test
	@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
	void badValuesAreRefusedWithAMessage() throws Exception {
		long city = cityId();
		Criterion internationalisation = criterion("INTERNATIONALISATION");
		this.mvc
			.perform(post("/ranking/cities/" + city + "/values/" + internationalisation.getId()).with(csrf())
				.param("lang", "en")
				.param("value", "7")
				.param("source", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("one of the scale")));
		this.mvc
			.perform(post("/ranking/cities/" + city + "/values/" + criterion("SEAPORT").getId()).with(csrf())
				.param("lang", "en")
				.param("value", "1")
				.param("source", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("computed from data")));
		for (String hostile : HostileInputs.ALL) {
			this.mvc
				.perform(post("/ranking/cities/" + city + "/values/" + internationalisation.getId()).with(csrf())
					.param("value", hostile)
					.param("source", hostile)
					.param("evidenceDate", hostile)
					.param("note", hostile))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(HostileInputs.SCRIPT))));
		}
		assertThat(this.values.findByCityIdAndCriterionId(city, internationalisation.getId())).isEmpty();
	}

	@Test
	@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
	void prioritySectorsDriveTheThematicOverlap() throws Exception {
		long city = cityId();
		PolicySector education = this.sectors.findByCodeIgnoreCase("EDUCATION").orElseThrow();
		PolicySector health = this.sectors.findByCodeIgnoreCase("HEALTH").orElseThrow();
		assertThat(health.getUnitIds()).isEmpty();
		this.mvc
			.perform(post("/ranking/cities/" + city + "/priorities").with(csrf())
				.param("sector", String.valueOf(education.getId()), String.valueOf(health.getId()), HostileInputs.SQL)
				.param("source", "https://example.org/plan")
				.param("partial", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.data.sectors(city)).containsExactlyInAnyOrder(education.getId(), health.getId());
		assertThat(this.data.priorities(city)).containsExactlyElementsOf(education.getUnitIds());
		assertThat(this.data.sectorSource(city)).hasValueSatisfying((source) -> {
			assertThat(source.source()).isEqualTo("https://example.org/plan");
			assertThat(source.partial()).isTrue();
		});
		// education is covered by its unit, health by none
		assertThat(overlap(city)).isEqualByComparingTo("50");
		assertThat(this.auditTrail.historyOf("City", city))
			.anySatisfy((entry) -> assertThat(entry.changes()).anySatisfy((change) -> {
				assertThat(change.field()).isEqualTo("prioritySectors");
				assertThat(change.newValue()).contains("EDUCATION", "HEALTH");
			}));
		this.mvc.perform(get("/ranking/cities/" + city).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"priority-EDUCATION\"")))
			.andExpect(content().string(containsString("no active unit")))
			.andExpect(content().string(containsString("Partial: only part of the city")));
		// only health: nothing covered scores 0, not missing
		this.mvc
			.perform(post("/ranking/cities/" + city + "/priorities").with(csrf())
				.param("sector", String.valueOf(health.getId())))
			.andExpect(status().is3xxRedirection());
		assertThat(overlap(city)).isEqualByComparingTo("0");
	}

	private java.math.BigDecimal overlap(long city) {
		CityCriterionValue overlap = this.data.profile(city)
			.values()
			.stream()
			.filter((v) -> v.criterion().getCode().equals("THEMATIC_OVERLAP"))
			.findFirst()
			.orElseThrow();
		return overlap.value();
	}

	@Test
	@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
	void apiListsValuesAndRefusesDerivedOnesAsProblem() throws Exception {
		long city = cityId();
		this.mvc.perform(get("/api/v1/cities/" + city + "/criteria-values"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.completeness").isNumber())
			.andExpect(jsonPath("$.items").isArray())
			.andExpect(jsonPath("$.page").value(0));
		this.mvc
			.perform(put("/api/v1/cities/" + city + "/criteria-values/" + criterion("SEAPORT").getId()).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"value\":\"1\",\"source\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(put("/api/v1/cities/" + city + "/criteria-values/" + criterion("MUNICIPAL_BUDGET").getId())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"value\":\"1000000\",\"source\":\"Presupuesto 2026\",\"evidenceDate\":\"2026-01-01\"}"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/criteria"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].code").exists());
	}

	@Test
	@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
	void csvImportDryRunReportsRowsAndAnyBadRowChangesNothing() throws Exception {
		long city = cityId();
		Criterion budget = criterion("MUNICIPAL_BUDGET");
		String bad = ValueCsv.HEADER + "\n" + city + ",X,MUNICIPAL_BUDGET,5000000,Budget law,2026-01-01,\n"
				+ "999999999,X,MUNICIPAL_BUDGET,1,s,,\n" + city + ",X,NO_SUCH,1,s,,\n" + city + ",X,SEAPORT,1,s,,\n"
				+ city + ",X,INTERNATIONALISATION,1,s,2026-13-01,\n";
		this.mvc
			.perform(multipart("/ranking/values/import").file(csv(bad))
				.param("mode", "apply")
				.param("lang", "en")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Unknown city.")))
			.andExpect(content().string(containsString("Unknown or inactive criterion.")))
			.andExpect(content().string(containsString("computed from data")))
			.andExpect(content().string(containsString("Bad date")))
			.andExpect(content().string(containsString("4 rows are bad: nothing was changed.")));
		assertThat(this.values.findByCityIdAndCriterionId(city, budget.getId())).isEmpty();

		String good = ValueCsv.HEADER + "\n" + city + ",X,MUNICIPAL_BUDGET,5000000,Budget law,2026-01-01,note\n";
		this.mvc.perform(multipart("/ranking/values/import").file(csv(good)).param("mode", "dryRun").with(csrf()))
			.andExpect(status().isOk());
		assertThat(this.values.findByCityIdAndCriterionId(city, budget.getId())).isEmpty();
		this.mvc.perform(multipart("/ranking/values/import").file(csv(good)).param("mode", "apply").with(csrf()))
			.andExpect(status().isOk());
		assertThat(this.values.findByCityIdAndCriterionId(city, budget.getId()).orElseThrow().getNumericValue())
			.isEqualByComparingTo(new BigDecimal("5000000"));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void csvImportExplainsEmptyFilesAndWrongHeaders() throws Exception {
		this.mvc.perform(multipart("/ranking/values/import").file(csv("")).param("lang", "en").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file is empty.")));
		this.mvc.perform(multipart("/ranking/values/import").file(csv("a,b,c\n1,2,3")).param("lang", "en").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The header is not the template")));
		this.mvc.perform(get("/ranking/values/template.csv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ValueCsv.HEADER)));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void csvImportRefusesAFiftyMegabyteFileAndAWrongEncodingChangingNothing() throws Exception {
		long before = this.values.count();
		byte[] huge = new byte[50 * 1024 * 1024];
		java.util.Arrays.fill(huge, (byte) 'x');
		this.mvc
			.perform(multipart("/ranking/values/import")
				.file(new MockMultipartFile("file", "huge.csv", "text/csv", huge))
				.param("mode", "apply")
				.param("lang", "en")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file is too large.")));
		byte[] latin1 = (ValueCsv.HEADER + "\n" + cityId() + ",Bogot\u00e1,MUNICIPAL_BUDGET,1,s,,\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		this.mvc
			.perform(multipart("/ranking/values/import")
				.file(new MockMultipartFile("file", "latin1.csv", "text/csv", latin1))
				.param("mode", "apply")
				.param("lang", "en")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The line is not UTF-8 text.")));
		assertThat(this.values.count()).isEqualTo(before);
	}

	@Test
	@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
	void aGoodDryRunCanBeAppliedWithoutUploadingTheFileAgain() throws Exception {
		long city = cityId();
		Criterion internationalisation = criterion("INTERNATIONALISATION");
		String good = ValueCsv.HEADER + "\n" + city + ",X,INTERNATIONALISATION,2,Plan 2017,2017-03-01,\n";
		String pendingImport = pendingImport(this.mvc
			.perform(multipart("/ranking/values/import").file(csv(good)).param("mode", "dryRun").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"apply-pending\"")))
			.andReturn());
		assertThat(this.values.findByCityIdAndCriterionId(city, internationalisation.getId())).isEmpty();
		this.mvc.perform(post("/ranking/values/import/pending").param("pendingImport", pendingImport).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"import-problem\""))));
		assertThat(this.values.findByCityIdAndCriterionId(city, internationalisation.getId())
			.orElseThrow()
			.getNumericValue()).isEqualByComparingTo("2");
		this.mvc.perform(post("/ranking/values/import/pending").param("lang", "en").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no checked file waiting")));
	}

	@Test
	@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
	void confirmingTheSameValueImportTwiceSaysItWasAlreadyAppliedAndStoresNothingAgain() throws Exception {
		long city = cityId();
		Criterion budget = criterion("MUNICIPAL_BUDGET");
		String fileName = "twice-" + java.util.UUID.randomUUID() + ".csv";
		String good = ValueCsv.HEADER + "\n" + city + ",X,MUNICIPAL_BUDGET,7000000,Budget law,2026-01-01,\n";
		String pendingImport = pendingImport(this.mvc
			.perform(multipart("/ranking/values/import").file(csv(fileName, good)).param("mode", "dryRun").with(csrf()))
			.andReturn());
		this.mvc
			.perform(post("/ranking/values/import/pending").param("pendingImport", pendingImport)
				.param("lang", "en")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 values were stored.")));
		// someone corrects the value meanwhile: a second confirmation must not overwrite
		// it
		this.data.enter(city, budget, new org.integra.ranking.ValueEntry("8000000", "Corrected", null, null), "admin");
		for (String[] language : new String[][] { { "en", "This import was already applied" },
				{ "es", "Esta importación ya se aplicó" }, { "pt", "Esta importação já foi aplicada" } }) {
			this.mvc
				.perform(post("/ranking/values/import/pending").param("pendingImport", pendingImport)
					.param("lang", language[0])
					.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(language[1])))
				.andExpect(content().string(not(containsString("id=\"apply-pending-form\""))));
		}
		assertThat(this.values.findByCityIdAndCriterionId(city, budget.getId()).orElseThrow().getNumericValue())
			.isEqualByComparingTo("8000000");
		assertThat(
				this.jdbc.sql("select count(*) from audit_entry where entity_type = 'ValueImport' and entity_label = ?")
					.param(fileName)
					.query(Long.class)
					.single())
			.isOne();
	}

	@Test
	@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
	void anotherUsersPendingValueImportIsNotFoundAndStoresNothing() throws Exception {
		long city = cityId();
		Criterion budget = criterion("MUNICIPAL_BUDGET");
		String good = ValueCsv.HEADER + "\n" + city + ",X,MUNICIPAL_BUDGET,6000000,Budget law,2026-01-01,\n";
		String pendingImport = pendingImport(this.mvc
			.perform(multipart("/ranking/values/import").file(csv(good)).param("mode", "dryRun").with(csrf()))
			.andReturn());
		this.mvc
			.perform(post("/ranking/values/import/pending").param("pendingImport", pendingImport)
				.with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/ranking/values/import/pending")
				.param("pendingImport", java.util.UUID.randomUUID().toString())
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.values.findByCityIdAndCriterionId(city, budget.getId())).isEmpty();
		this.mvc.perform(post("/ranking/values/import/pending").param("pendingImport", pendingImport).with(csrf()))
			.andExpect(status().isOk());
		assertThat(this.values.findByCityIdAndCriterionId(city, budget.getId()).orElseThrow().getNumericValue())
			.isEqualByComparingTo("6000000");
	}

	@Test
	@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
	void afterADryRunWithBadRowsThePageOffersToSkipThemAndImportTheRest() throws Exception {
		long city = cityId();
		Criterion internationalisation = criterion("INTERNATIONALISATION");
		String mixed = ValueCsv.HEADER + "\n" + city + ",X,INTERNATIONALISATION,2,Plan 2017,2017-03-01,\n"
				+ "999999999,X,MUNICIPAL_BUDGET,1,s,,\n";
		String pendingImport = pendingImport(
				this.mvc.perform(multipart("/ranking/values/import").file(csv(mixed)).param("lang", "en").with(csrf()))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("Skip the 1 invalid rows and import the rest")))
					.andExpect(content().string(not(containsString("id=\"apply-pending\""))))
					.andReturn());
		MvcResult refused = this.mvc
			.perform(post("/ranking/values/import/pending").param("pendingImport", pendingImport)
				.param("lang", "en")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 rows are bad: nothing was changed.")))
			.andReturn();
		assertThat(pendingImport(refused)).as("still waiting, under the same id").isEqualTo(pendingImport);
		assertThat(this.values.findByCityIdAndCriterionId(city, internationalisation.getId())).isEmpty();
		this.mvc
			.perform(post("/ranking/values/import/pending").param("pendingImport", pendingImport)
				.param("skipInvalid", "true")
				.param("lang", "pt")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Foram omitidas 1 linhas inválidas:")))
			.andExpect(content().string(containsString("Linha 3: ")));
		assertThat(this.values.findByCityIdAndCriterionId(city, internationalisation.getId())
			.orElseThrow()
			.getNumericValue()).isEqualByComparingTo("2");
	}

	@Test
	@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
	void theImportPageExplainsPrioritySectorRowsAndNamesUnknownCodes() throws Exception {
		this.mvc.perform(get("/ranking/values/import").param("lang", "es"))
			.andExpect(content().string(containsString("PRIORITY_SECTORS")))
			.andExpect(content().string(containsString("href=\"/ranking/sectors\"")));
		this.mvc.perform(get("/ranking/values/template.csv"))
			.andExpect(content().string(containsString(",PRIORITY_SECTORS,EDUCATION;HEALTH,")));
		String file = ValueCsv.HEADER + "\n" + cityId() + ",X,PRIORITY_SECTORS,EDUCATION;NO_SUCH_SECTOR,Plan,,\n";
		this.mvc.perform(multipart("/ranking/values/import").file(csv(file)).param("lang", "es").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Código(s) de sector desconocido(s): NO_SUCH_SECTOR.")));
	}

	private static MockMultipartFile csv(String text) {
		return csv("values.csv", text);
	}

	private static MockMultipartFile csv(String name, String text) {
		return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	/** The id of the pending import the page's apply form carries. */
	private static String pendingImport(MvcResult page) throws Exception {
		java.util.regex.Matcher matcher = java.util.regex.Pattern
			.compile("<input type=\"hidden\" name=\"pendingImport\" value=\"([0-9a-f-]{36})\">")
			.matcher(page.getResponse().getContentAsString());
		assertThat(matcher.find()).as("the apply form carries the pending import").isTrue();
		return matcher.group(1);
	}

}
