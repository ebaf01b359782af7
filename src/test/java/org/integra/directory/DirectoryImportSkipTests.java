package org.integra.directory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.integra.IntegraTest;
import org.integra.directory.DirectoryCsv.Type;
import org.integra.system.SearchText;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegraTest
class DirectoryImportSkipTests {

	@Autowired
	DirectoryImport imports;

	@Autowired
	JdbcTemplate jdbc;

	private static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	private static List<DirectoryCsv.Row> rows(String text, Type type) {
		DirectoryCsv.Result read = DirectoryCsv.read(text.getBytes(StandardCharsets.UTF_8), type);
		assertThat(read.problem()).isNull();
		return read.rows();
	}

	private long organizations(String name) {
		return this.jdbc.queryForObject("select count(*) from directory_organization where name_search = ?", Long.class,
				SearchText.normalize(name));
	}

	private long people(String name) {
		return this.jdbc.queryForObject("select count(*) from directory_person where name_search = ?", Long.class,
				SearchText.normalize(name));
	}

	private Map<String, String> auditOf(String fileName) {
		Long entry = this.jdbc.queryForObject("select max(id) from audit_entry where entity_type = 'DirectoryImport' "
				+ "and entity_label = ? and action = 'CREATE'", Long.class, fileName);
		assertThat(entry).as("audit entry of %s", fileName).isNotNull();
		assertThat(this.jdbc.queryForObject("select username from audit_entry where id = ?", String.class, entry))
			.isEqualTo("secretaria");
		return this.jdbc.queryForList("select field, new_value from audit_change where entry_id = ?", entry)
			.stream()
			.collect(Collectors.toMap((row) -> (String) row.get("field"), (row) -> (String) row.get("new_value")));
	}

	private static DirectoryImport.Applying applying(boolean skipInvalid, String fileName) {
		return new DirectoryImport.Applying(false, skipInvalid, fileName, "secretaria", Locale.ENGLISH);
	}

	@Test
	void withoutTheOptionAFileWithAnInvalidRowStoresNothingAndLeavesNoImportEntry() {
		String good = unique("Ministerio Completo");
		String file = unique("todo-o-nada") + ".csv";
		List<DirectoryCsv.Row> rows = rows("name,kind,country,host_country,host_city,website,notes\n" + good
				+ ",MINISTRY,PE,,,,\n" + unique("Ministerio Raro") + ",PALACE,PE,,,,\n", Type.ORGANIZATIONS);
		DirectoryImport.Report report = this.imports.apply(Type.ORGANIZATIONS, rows, applying(false, file));
		assertThat(report.applied()).isFalse();
		assertThat(report.skippable()).isTrue();
		assertThat(report.stored()).isZero();
		assertThat(organizations(good)).isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where entity_type = 'DirectoryImport' and entity_label = ?",
				Long.class, file))
			.isZero();
	}

	@Test
	void skippingStoresTheValidOrganizationsAndAuditsTheSkippedLinesWithTheirReasons() {
		String first = unique("Ministerio Uno");
		String second = unique("Ministerio Dos");
		String wrongKind = unique("Ministerio Raro");
		String file = unique("organizaciones") + ".csv";
		List<DirectoryCsv.Row> rows = rows(
				"name,kind,country,host_country,host_city,website,notes\n" + first + ",MINISTRY,PE,,,,\n" + wrongKind
						+ ",PALACE,PE,,,,\n" + "\n" + second + ",MINISTRY,CO,,,,\n" + "solo,dos\n",
				Type.ORGANIZATIONS);
		DirectoryImport.Report report = this.imports.apply(Type.ORGANIZATIONS, rows, applying(true, file));
		assertThat(report.applied()).isTrue();
		assertThat(report.stored()).isEqualTo(2);
		assertThat(report.skipped()).isEqualTo(2);
		assertThat(organizations(first)).isOne();
		assertThat(organizations(second)).isOne();
		assertThat(organizations(wrongKind)).isZero();
		Map<String, String> audit = auditOf(file);
		assertThat(audit).containsEntry("type", "Organizations")
			.containsEntry("rows", "4")
			.containsEntry("newRows", "2")
			.containsEntry("stored", "2")
			.containsEntry("skippedRows", "2");
		assertThat(audit.get("skippedLines")).isEqualTo("3 (kind): Unknown kind; use CITY_GOVERNMENT, PARTNER_NETWORK, "
				+ "EMBASSY, ASSOCIATION, MINISTRY or NETWORK_BODY.; 6: The row has 2 fields instead of the 7 of the header.");
	}

	@Test
	void skippingStoresTheValidPeople() {
		String ana = unique("Ana Saltada");
		String luis = unique("Luis Saltado");
		String file = unique("personas") + ".csv";
		List<DirectoryCsv.Row> rows = rows("name,position,organization,email,phone,language,notes\n" + ana
				+ ",Directora,,,,es,\n" + luis + ",,Organización Inexistente " + UUID.randomUUID() + ",,,,\n",
				Type.PEOPLE);
		DirectoryImport.Report report = this.imports.apply(Type.PEOPLE, rows, applying(true, file));
		assertThat(report.stored()).isOne();
		assertThat(people(ana)).isOne();
		assertThat(people(luis)).isZero();
		assertThat(auditOf(file)).containsEntry("type", "People")
			.containsEntry("skippedRows", "1")
			.containsEntry("skippedLines", "3 (organization): No organization has this name.");
	}

	@Test
	void aFileWithOnlyInvalidRowsCannotBeSkippedIntoAnImport() {
		String file = unique("nada") + ".csv";
		List<DirectoryCsv.Row> rows = rows("name,kind,country,host_country,host_city,website,notes\n"
				+ unique("Ministerio Raro") + ",PALACE,PE,,,,\n", Type.ORGANIZATIONS);
		DirectoryImport.Report report = this.imports.apply(Type.ORGANIZATIONS, rows, applying(true, file));
		assertThat(report.skippable()).isFalse();
		assertThat(report.applied()).isFalse();
	}

	@Test
	void aGoodFileIsAuditedWithItsCountsAndNoSkippedLines() {
		String name = unique("Ministerio Bueno");
		String file = unique("bueno") + ".csv";
		this.imports.apply(Type.ORGANIZATIONS,
				rows("name,kind,country,host_country,host_city,website,notes\n" + name + ",MINISTRY,PE,,,,\n",
						Type.ORGANIZATIONS),
				applying(false, file));
		assertThat(organizations(name)).isOne();
		assertThat(auditOf(file)).containsEntry("stored", "1")
			.containsEntry("skippedRows", "0")
			.doesNotContainKey("skippedLines");
	}

}
