package org.integra.ranking;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.integra.IntegraTest;
import org.integra.cities.TestCities;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegraTest
class ValueImportSkipTests {

	@Autowired
	TestCities testCities;

	@Autowired
	ValueImport imports;

	@Autowired
	CriterionRepository criteria;

	@Autowired
	CriterionValueRepository values;

	@Autowired
	JdbcClient jdbc;

	/** A city of its own, so that no other test's values get in the way. */
	private long newCity() {
		return this.testCities.create(TestCities.unique("Villa Importada"), "CO");
	}

	private long criterionId(String code) {
		return this.criteria.findByCodeIgnoreCase(code).orElseThrow().getId();
	}

	private static byte[] csv(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private Map<String, String> auditOf(String fileName) {
		Long entry = this.jdbc
			.sql("select max(id) from audit_entry where entity_type = 'ValueImport' and entity_label = ? "
					+ "and action = 'CREATE' and username = 'coordinacion'")
			.param(fileName)
			.query(Long.class)
			.single();
		assertThat(entry).as("audit entry of %s", fileName).isNotNull();
		return this.jdbc.sql("select field, new_value from audit_change where entry_id = ?")
			.param(entry)
			.query((rs, row) -> Map.entry(rs.getString("field"), rs.getString("new_value")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static ValueImport.Applying applying(boolean skipInvalid, String fileName) {
		return new ValueImport.Applying(skipInvalid, fileName, "coordinacion", Locale.ENGLISH);
	}

	private String mixedFile(long city) {
		return ValueCsv.HEADER + "\n" + city + ",X,MUNICIPAL_BUDGET,5000000,Budget law,2026-01-01,\n"
				+ "999999999,X,MUNICIPAL_BUDGET,1,s,,\n" + city + ",X,INTERNATIONALISATION,2,Plan,2026-13-01,\n";
	}

	@Test
	void withoutTheOptionAFileWithABadRowStoresNothingAndLeavesNoImportEntry() {
		long city = newCity();
		String file = "todo-" + UUID.randomUUID() + ".csv";
		ValueImport.Report report = this.imports.apply(csv(mixedFile(city)), applying(false, file));
		assertThat(report.applied()).isFalse();
		assertThat(report.skippable()).isTrue();
		assertThat(this.values.findByCityId(city)).isEmpty();
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where entity_type = 'ValueImport' " + "and entity_label = ?")
			.param(file)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void skippingStoresTheGoodRowsAndAuditsTheSkippedLinesWithTheirReasons() {
		long city = newCity();
		String file = "saltar-" + UUID.randomUUID() + ".csv";
		ValueImport.Report report = this.imports.apply(csv(mixedFile(city)), applying(true, file));
		assertThat(report.applied()).isTrue();
		assertThat(report.stored()).isOne();
		assertThat(report.skipped()).isEqualTo(2);
		assertThat(this.values.findByCityIdAndCriterionId(city, criterionId("MUNICIPAL_BUDGET"))).isPresent();
		assertThat(this.values.findByCityIdAndCriterionId(city, criterionId("INTERNATIONALISATION"))).isEmpty();
		assertThat(auditOf(file)).containsEntry("rows", "3")
			.containsEntry("stored", "1")
			.containsEntry("skippedRows", "2")
			.containsEntry("skippedLines", "3: Unknown city.; 4: Bad date (YYYY-MM-DD).");
	}

	@Test
	void aFileOfOnlyBadRowsIsNotAppliedEvenWhenSkipping() {
		String file = "malo-" + UUID.randomUUID() + ".csv";
		ValueImport.Report report = this.imports.apply(csv(ValueCsv.HEADER + "\n999999999,X,MUNICIPAL_BUDGET,1,s,,\n"),
				applying(true, file));
		assertThat(report.applied()).isFalse();
		assertThat(report.skippable()).isFalse();
	}

	@Test
	void aGoodFileIsAuditedWithItsCounts() {
		long city = newCity();
		String file = "bueno-" + UUID.randomUUID() + ".csv";
		this.imports.apply(csv(ValueCsv.HEADER + "\n" + city + ",X,MUNICIPAL_BUDGET,5000000,Budget law,2026-01-01,\n"),
				applying(false, file));
		assertThat(auditOf(file)).containsEntry("stored", "1")
			.containsEntry("skippedRows", "0")
			.doesNotContainKey("skippedLines");
	}

}
