package org.integra.cities.geonames;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.integra.IntegraTest;
import org.integra.cities.Cities;
import org.integra.cities.CityFilterParser;
import org.integra.cities.TestCities;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegraTest
class GeonamesImportTests {

	@Autowired
	TestCities testCities;

	@Autowired
	GeonamesImport imports;

	@Autowired
	Cities cities;

	@Autowired
	JdbcTemplate jdbc;

	static byte[] file(String... lines) {
		return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	static String line(long id, String name, String alternates, double lat, double lon, String country,
			long population) {
		return GeonamesFileGenerator.line(id, name, alternates, lat, lon, "P", "PPL", country, "16", population,
				"2024-05-02");
	}

	private long insertCity(String name, String country, Double lat, Double lon, Long geonamesId) {
		return this.testCities.city(name, country).at(lat, lon).geonamesId(geonamesId).seaport("YES").create();
	}

	private long count(String like) {
		return this.jdbc.queryForObject("select count(*) from city where name like ?", Long.class, like);
	}

	private long search(String q) {
		return this.cities.search(CityFilterParser.forApi().parse(Map.of("q", q)).filter()).getTotalElements();
	}

	@Test
	void dryRunChangesNothingAndApplyImportsWithAlternativeNamesSearchable() {
		long existing = insertCity("Qwertania Vieja", "SR", 5.8, -55.2, null);
		byte[] content = file(line(91000001, "Qwertania Vieja", "Kwertania Oud", 5.81, -55.21, "SR", 1200),
				line(91000002, "Qwertania Nueva", "Nieuw Kwertania,Xylofonia", 5.9, -55.1, "SR", 800),
				line(91000003, "Qwertania Lejana", "", 4.0, -56.0, "SR", 0),
				line(91000004, "Qwertania Ajena", "", 4.0, -56.0, "GY", 10));
		DryRun dryRun = this.imports.dryRun("cities500.txt", content, Set.of("SR"), "admin");
		assertThat(dryRun.counts()).containsEntry(MatchKind.NEW, 2)
			.containsEntry(MatchKind.UPDATED, 1)
			.containsEntry(MatchKind.UNCHANGED, 0);
		assertThat(dryRun.samples().get(MatchKind.UPDATED)).singleElement()
			.satisfies((s) -> assertThat(s.cityId()).isEqualTo(existing));
		assertThat(dryRun.job().status()).isEqualTo(ImportJob.Status.CHECKED);
		assertThat(count("Qwertania%")).isEqualTo(1);
		assertThat(search("xylofonia")).isZero();

		ImportJob job = this.imports.apply(dryRun.job().id(), "admin");

		assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
		assertThat(job.processedRows()).isEqualTo(3);
		assertThat(job.newCount()).isEqualTo(2);
		assertThat(job.updatedCount()).isEqualTo(1);
		assertThat(count("Qwertania%")).isEqualTo(3);
		assertThat(search("xylofonia")).isEqualTo(1);
		assertThat(search("kwertania oud")).isEqualTo(1);
		Map<String, Object> updated = this.jdbc.queryForMap("select * from city where id = ?", existing);
		assertThat(updated.get("geonames_id")).isEqualTo(91000001L);
		assertThat(updated.get("seaport")).isEqualTo("YES");
		assertThat(updated.get("population_source")).isEqualTo("GeoNames cities500.txt, 2024-05-02");
		Map<String, Object> created = this.jdbc.queryForMap("select * from city where geonames_id = 91000002");
		assertThat(created.get("network_relation")).isEqualTo("NONE");
		assertThat(created.get("seaport")).isEqualTo("UNKNOWN");
		assertThat(created.get("population_year")).isNull();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where entity_type = 'GeonamesImport' " + "and entity_id = ?",
				Long.class, String.valueOf(job.id())))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'City' "
				+ "and entity_id = ? and action = 'UPDATE'", Long.class, String.valueOf(existing)))
			.isEqualTo(1);

		DryRun again = this.imports.dryRun("cities500.txt", content, Set.of("SR"), "admin");
		assertThat(again.counts()).containsEntry(MatchKind.NEW, 0).containsEntry(MatchKind.UNCHANGED, 3);
	}

	@Test
	void applyIsAllOrNothing() {
		long elsewhere = insertCity("Plutonia Ajena", "BZ", 17.0, -88.0, 92000009L);
		long existing = insertCity("Plutonia Vieja", "GY", 6.8, -58.1, null);
		// The last row takes the GeoNames id of a city of another country: its insert
		// fails
		// after the others were written.
		byte[] content = file(line(92000001, "Plutonia Vieja", "Plutonia Antigua", 6.8, -58.1, "GY", 100),
				line(92000002, "Plutonia Nueva", "", 6.9, -58.2, "GY", 100),
				line(92000009, "Plutonia Rebelde", "", 6.0, -58.0, "GY", 100));
		DryRun dryRun = this.imports.dryRun("cities.txt", content, Set.of("GY"), "admin");
		assertThat(dryRun.counts()).containsEntry(MatchKind.NEW, 2).containsEntry(MatchKind.UPDATED, 1);

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.imports.apply(dryRun.job().id(), "admin"));

		assertThat(this.imports.job(dryRun.job().id()).status()).isEqualTo(ImportJob.Status.FAILED);
		assertThat(count("Plutonia%")).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select geonames_id from city where id = ?", Long.class, existing))
			.isNull();
		assertThat(this.jdbc.queryForObject("select geonames_id from city where id = ?", Long.class, elsewhere))
			.isEqualTo(92000009L);
		assertThat(search("plutonia antigua")).isZero();
	}

	@Test
	void aJobIsAppliedOnlyOnce() {
		DryRun dryRun = this.imports.dryRun("cities.txt", file(line(93000001, "Onceonia", "", 5.0, -55.0, "SR", 1)),
				Set.of("SR"), "admin");
		this.imports.apply(dryRun.job().id(), "admin");
		assertThatExceptionOfType(org.springframework.dao.OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.imports.apply(dryRun.job().id(), "admin"));
		assertThat(count("Onceonia")).isEqualTo(1);
	}

	@Test
	void refusesUnknownCountries() {
		assertThatExceptionOfType(GeonamesFileRefusedException.class)
			.isThrownBy(
					() -> this.imports.dryRun("x.txt", file(line(1, "A", "", 1, 1, "US", 1)), Set.of("US"), "admin"))
			.satisfies((ex) -> assertThat(ex.getProblems().get(0).messageKey()).isEqualTo("geonames.problem.country"));
	}

	@Test
	void keepsOnlyTheLastPartOfAFileName() {
		assertThat(GeonamesImport.safeFileName("C:\\x\\..\\cities.txt")).isEqualTo("cities.txt");
		assertThat(GeonamesImport.populationSource("a.txt", List.of())).isEqualTo("GeoNames a.txt");
	}

	@Test
	void skipsTheInvalidRowsOnlyWhenAskedAndKeepsThemInTheReportAndTheAudit() {
		byte[] content = file(line(95000001, "Saltania", "", 5.1, -55.1, "SR", 10),
				line(95000002, "Malania", "", 95.0, -55.1, "SR", 10), "95000003\tMitadia",
				line(95000004, "Buenania", "", 5.2, -55.2, "SR", 10));
		DryRun dryRun = this.imports.dryRun("cities.txt", content, Set.of("SR"), "admin");
		ImportJob checked = dryRun.job();
		assertThat(checked.invalidRows()).isEqualTo(2);
		assertThat(checked.problems()).extracting(GeonamesProblem::line).containsExactly(2L, 3L);
		assertThat(checked.problems().get(0).messageKey()).isEqualTo("geonames.problem.outOfRange");
		assertThat(dryRun.counts()).containsEntry(MatchKind.NEW, 2);

		assertThatExceptionOfType(GeonamesFileRefusedException.class)
			.isThrownBy(() -> this.imports.apply(checked.id(), "admin"))
			.satisfies((ex) -> assertThat(ex.getProblemCount()).isEqualTo(2));
		assertThat(count("Saltania") + count("Buenania")).isZero();

		ImportJob job = this.imports.apply(checked.id(), "admin", true);

		assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
		assertThat(job.skippedRows()).isEqualTo(2);
		assertThat(job.problems()).extracting(GeonamesProblem::line).containsExactly(2L, 3L);
		assertThat(count("Saltania") + count("Buenania")).isEqualTo(2);
		assertThat(count("Malania") + count("Mitadia")).isZero();
		Map<String, Object> audit = this.jdbc.queryForMap("select max(case when c.field = 'skippedRows' then "
				+ "c.new_value end) skipped, max(case when c.field = 'skippedLines' then c.new_value end) lines "
				+ "from audit_entry e join audit_change c on c.entry_id = e.id "
				+ "where e.entity_type = 'GeonamesImport' and e.entity_id = ?", String.valueOf(job.id()));
		assertThat(audit.values()).map(String::valueOf).containsExactly("2", "2, 3");
	}

	@Test
	void listsTheCountriesIntegraDoesNotKnowWithTheirRows() {
		byte[] content = file(line(96000001, "Conocia", "", 5.1, -55.1, "SR", 10),
				line(96000002, "Ignotia", "", 5.1, -55.1, "ZZ", 10),
				line(96000003, "Ignotia Dos", "", 5.1, -55.1, "ZZ", 10),
				line(96000004, "Extrania", "", 5.1, -55.1, "QQ", 10));
		DryRun dryRun = this.imports.dryRun("cities.txt", content, Set.of("SR"), "admin");
		assertThat(dryRun.unknownCountries()).containsExactly(Map.entry("ZZ", 2), Map.entry("QQ", 1));
	}

}
