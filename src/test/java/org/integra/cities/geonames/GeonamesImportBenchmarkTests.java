package org.integra.cities.geonames;

import java.util.Set;

import org.integra.IntegraTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports a generated 150,000-row dump and prints the time; the budget is 30 s. Excluded
 * from the default run; run it with
 * {@code ./mvnw test -Dtest=GeonamesImportBenchmarkTests -Dsurefire.excludedGroups=}.
 */
@Tag("benchmark")
@IntegraTest
class GeonamesImportBenchmarkTests {

	static final int ROWS = 150_000;

	@Autowired
	GeonamesImport imports;

	@Test
	void imports150000Rows() {
		byte[] content = new GeonamesFileGenerator(42).bytes(ROWS, 80_000_000L);
		long start = System.nanoTime();
		DryRun dryRun = this.imports.dryRun("cities-benchmark.txt", content, Set.of(GeonamesFileGenerator.COUNTRIES),
				"admin");
		long checked = System.nanoTime();
		ImportJob job = this.imports.apply(dryRun.job().id(), "admin");
		long applied = System.nanoTime();
		System.out.printf("GEONAMES-BENCHMARK rows=%d imported=%d dryRun=%.1fs apply=%.1fs total=%.1fs%n", ROWS,
				job.totalRows(), (checked - start) / 1e9, (applied - checked) / 1e9, (applied - start) / 1e9);
		assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
	}

}
