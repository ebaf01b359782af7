package org.integra.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvLinesTests {

	@Test
	void splitsQuotedFieldsWithEscapedQuotesAndEmptyFields() {
		assertThat(CsvLines.split("a,\"b, c\",\"say \"\"hi\"\"\",,e")).containsExactly("a", "b, c", "say \"hi\"", "",
				"e");
	}

	@Test
	void keepsATrailingEmptyField() {
		assertThat(CsvLines.split("x,")).containsExactly("x", "");
	}

}
