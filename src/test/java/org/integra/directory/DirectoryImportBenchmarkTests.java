package org.integra.directory;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.integra.IntegraTest;
import org.integra.directory.DirectoryCsv.Type;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dry runs of generated 5,000-row directory files (the most a file may hold) and prints
 * the times; the budget is 2 s. Excluded from the default run; run it with
 * {@code ./mvnw test -Dtest=DirectoryImportBenchmarkTests -Dsurefire.excludedGroups=}.
 */
@Tag("benchmark")
@IntegraTest
class DirectoryImportBenchmarkTests {

	static final int ROWS = DirectoryCsv.MAX_ROWS;

	private static final String[] COUNTRIES = { "PE", "EC", "CO", "PA", "BO", "AR", "BR", "CL", "UY", "PY" };

	@Autowired
	DirectoryImport imports;

	/**
	 * Organizations with accented names, one row in ten a duplicate of an earlier row
	 * (another case and spelling), the demo directory's records among the rows too.
	 */
	static byte[] organizations(int rows) {
		StringBuilder csv = new StringBuilder(Type.ORGANIZATIONS.header()).append('\n');
		for (int i = 0; i < rows; i++) {
			int n = (i % 10 == 9) ? i - 5 : i;
			String name = ((i % 10 == 9) ? "ASOCIACIÓN" : "Asociación") + " de Municipios Número " + n;
			csv.append(name)
				.append(",ASSOCIATION,")
				.append(COUNTRIES[n % COUNTRIES.length])
				.append(",,,https://a")
				.append(n)
				.append(".example.org,nota\n");
		}
		csv.append("Red de Mercociudades,PARTNER_NETWORK,,,,,\n");
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] people(int rows) {
		StringBuilder csv = new StringBuilder(Type.PEOPLE.header()).append('\n');
		for (int i = 0; i < rows; i++) {
			int n = (i % 10 == 9) ? i - 5 : i;
			csv.append("Persona Ñandú ")
				.append(n)
				.append(",Secretaria,,persona")
				.append(n)
				.append("@example.org,+591 2 000")
				.append(n)
				.append(",es,\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void dryRunsOf5000Rows() {
		for (Type type : Type.values()) {
			List<DirectoryCsv.Row> rows = DirectoryCsv
				.read((type == Type.ORGANIZATIONS) ? organizations(ROWS - 1) : people(ROWS), type)
				.rows();
			this.imports.dryRun(type, rows.subList(0, 200));
			long start = System.nanoTime();
			DirectoryImport.Report report = this.imports.dryRun(type, rows);
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf("DIRECTORY-BENCHMARK type=%s rows=%d new=%d duplicates=%d dryRun=%.2fs%n", type,
					rows.size(), report.count(DirectoryImport.Outcome.NEW),
					report.count(DirectoryImport.Outcome.DUPLICATE_IN_FILE)
							+ report.count(DirectoryImport.Outcome.DUPLICATE_EXISTING),
					seconds);
			assertThat(report.rows()).hasSize(rows.size());
			assertThat(report.count(DirectoryImport.Outcome.ERROR)).isZero();
		}
	}

}
