package org.integra.system;

import java.nio.charset.StandardCharsets;

import org.integra.IntegraTest;
import org.integra.IntegraTest.Settings;
import org.integra.directory.DirectoryCsv;
import org.integra.directory.DirectoryImport;
import org.integra.ranking.ValueCsv;
import org.integra.ranking.ValueImport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both CSV imports read their longest line from {@code integra.imports.max-line-length}.
 */
@IntegraTest(settings = Settings.MAIL_SERVER_TIGHT_LIMITS_HTTPS)
class ImportLineLimitTests {

	@Autowired
	DirectoryImport directory;

	@Autowired
	ValueImport values;

	@Test
	void theDirectoryImportReportsALineOverTheConfiguredLimit() {
		String file = "name,position,organization,email,phone,language,notes\nAna,,,,,," + "n".repeat(1900) + "\n"
				+ "Bea,,,,,," + "n".repeat(2100) + "\n";
		DirectoryCsv.Result result = this.directory.read(file.getBytes(StandardCharsets.UTF_8),
				DirectoryCsv.Type.PEOPLE);
		assertThat(result.rows()).extracting(DirectoryCsv.Row::problem)
			.containsExactly(null, "directory.import.problem.lineTooLong");
		assertThat(result.rows().get(1).problemArguments()).containsExactly(2);
	}

	@Test
	void theValueImportReportsALineOverTheConfiguredLimit() {
		String file = ValueCsv.HEADER + "\n1,X,MUNICIPAL_BUDGET,1,s,," + "n".repeat(2100) + "\n";
		ValueImport.Report report = this.values.dryRun(file.getBytes(StandardCharsets.UTF_8));
		assertThat(report.rows()).singleElement().satisfies((row) -> {
			assertThat(row.line()).isEqualTo(2);
			assertThat(row.problem()).isEqualTo("ranking.import.problem.lineTooLong");
			assertThat(row.problemArguments()).containsExactly("2");
		});
	}

}
