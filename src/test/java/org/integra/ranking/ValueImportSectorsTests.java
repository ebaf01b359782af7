package org.integra.ranking;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.integra.IntegraTest;
import org.integra.cities.TestCities;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegraTest
class ValueImportSectorsTests {

	@Autowired
	TestCities testCities;

	@Autowired
	ValueImport imports;

	@Autowired
	RankingData data;

	@Autowired
	PolicySectorRepository sectors;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	private long newCity() {
		return this.testCities.create(TestCities.unique("Villa Sectores"), "CO");
	}

	private long sector(String code) {
		return this.sectors.findByCodeIgnoreCase(code).orElseThrow().getId();
	}

	private ValueImport.Report apply(String rows) {
		return this.imports.apply((ValueCsv.HEADER + "\n" + rows).getBytes(StandardCharsets.UTF_8),
				new ValueImport.Applying(false, "sectores.csv", "coordinacion", Locale.ENGLISH));
	}

	@Test
	void aPrioritySectorsRowReplacesTheCitysSectorsWithTheirSource() {
		long city = newCity();
		this.data.replaceSectors(city, List.of(sector("MOBILITY")), new CityFacts.SectorSource(null, true, null),
				"test");
		ValueImport.Report report = apply(city + ",X,priority_sectors,health; EDUCATION,Plan 2024,,read in 2026\n"
				+ city + ",X,MUNICIPAL_BUDGET,5000000,Budget law,2026-01-01,\n");
		assertThat(report.applied()).isTrue();
		assertThat(report.stored()).isEqualTo(2);
		assertThat(this.data.sectors(city)).containsExactlyInAnyOrder(sector("HEALTH"), sector("EDUCATION"));
		CityFacts.SectorSource source = this.data.sectorSource(city).orElseThrow();
		assertThat(source.source()).isEqualTo("Plan 2024");
		assertThat(source.note()).isEqualTo("read in 2026");
		assertThat(source.partial()).as("kept as it was").isTrue();
		assertThat(this.jdbc
			.sql("select count(*) from audit_change c join audit_entry e on e.id = c.entry_id "
					+ "where e.entity_type = 'City' and e.entity_id = ? and c.field = 'prioritySectors'")
			.param(Long.toString(city))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void unknownSectorCodesAreReportedByLineAndNothingChanges() {
		long city = newCity();
		ValueImport.Report report = apply(
				city + ",X,PRIORITY_SECTORS,EDUCATION,Plan,,\n" + city + ",X,PRIORITY_SECTORS,HEALTH,Plan,,\n" + city
						+ ",X,PRIORITY_SECTORS,EDUCATION;CULTURA;Deporte,Plan,,\n" + city
						+ ",X,PRIORITY_SECTORS, ; ,Plan,,\n" + city + ",X,PRIORITY_SECTORS,HEALTH,Plan,2026-13-01,\n");
		assertThat(report.applied()).isFalse();
		assertThat(report.rows()).extracting(ValueImport.RowReport::line).containsExactly(2, 3, 4, 5, 6);
		assertThat(report.rows()).extracting(ValueImport.RowReport::problem)
			.containsExactly(null, "ranking.import.problem.duplicate", "ranking.import.problem.sectorsUnknown",
					"ranking.import.problem.sectorsEmpty", "ranking.import.problem.date");
		ValueImport.RowReport unknown = report.rows().get(2);
		assertThat(this.messages.getMessage(unknown.problem(), unknown.arguments(), Locale.ENGLISH))
			.isEqualTo("Unknown sector code(s): CULTURA, DEPORTE. The codes are listed on the sectors page.");
		assertThat(this.data.sectors(city)).isEmpty();
	}

	@Test
	void aSourceTooLongForTheSectorsIsReported() {
		long city = newCity();
		ValueImport.Report report = apply(city + ",X,PRIORITY_SECTORS,EDUCATION," + "s".repeat(2001) + ",,\n");
		assertThat(report.rows().get(0).problem()).isEqualTo("ranking.value.problem.tooLong");
	}

}
