package org.integra.ranking;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValueCsvTests {

	private static ValueCsv.Result read(String rows, int maxLineBytes) {
		return ValueCsv.read((ValueCsv.HEADER + "\n" + rows).getBytes(StandardCharsets.UTF_8), maxLineBytes);
	}

	@Test
	void quotedFieldsMayHoldCommasAndQuotes() {
		ValueCsv.Result result = read("1,\"Bogotá, D.C.\",MUNICIPAL_BUDGET,5,\"Ley \"\"2026\"\"\",,\n", 65536);
		assertThat(result.rows().get(0).fields()).containsExactly("1", "Bogotá, D.C.", "MUNICIPAL_BUDGET", "5",
				"Ley \"2026\"", "", "");
	}

	@Test
	void everyBadLineIsARowWithItsTrueNumber() {
		ValueCsv.Result result = read("1,X,A,1,s,,\n\"1,X,A,1,s,,\n\n" + "x".repeat(300) + "\n1,X,A,1,s,\n", 200);
		assertThat(result.rows()).extracting(ValueCsv.Row::line).containsExactly(2, 3, 5, 6);
		assertThat(result.rows()).extracting(ValueCsv.Row::problem)
			.containsExactly(null, "ranking.import.problem.quotes", "ranking.import.problem.lineTooLong",
					"ranking.import.problem.columns");
		assertThat(result.rows().get(2).problemArguments()).containsExactly("0");
	}

}
