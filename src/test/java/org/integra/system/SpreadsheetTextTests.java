package org.integra.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetTextTests {

	@Test
	void aTextThatASpreadsheetWouldRunGetsALeadingApostrophe() {
		assertThat(SpreadsheetText.neutralised("=1+1")).isEqualTo("'=1+1");
		assertThat(SpreadsheetText.neutralised("+54 11 5555")).isEqualTo("'+54 11 5555");
		assertThat(SpreadsheetText.neutralised("-cmd")).isEqualTo("'-cmd");
		assertThat(SpreadsheetText.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(SpreadsheetText.neutralised("\t=1")).isEqualTo("'\t=1");
		assertThat(SpreadsheetText.neutralised("\r=1")).isEqualTo("'\r=1");
	}

	@Test
	void otherTextStaysAsItIs() {
		assertThat(SpreadsheetText.neutralised("María Pérez")).isEqualTo("María Pérez");
		assertThat(SpreadsheetText.neutralised("a=b")).isEqualTo("a=b");
		assertThat(SpreadsheetText.neutralised("")).isEmpty();
		assertThat(SpreadsheetText.neutralised(null)).isNull();
	}

}
