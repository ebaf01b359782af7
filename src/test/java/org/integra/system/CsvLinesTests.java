package org.integra.system;

import java.nio.charset.StandardCharsets;
import java.util.List;

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

	@Test
	void decodesUtf8WithoutByteOrderMarkOrNul() {
		byte[] content = "\uFEFFname,city\r\nBogot\u00e1,x\u0000y\n".getBytes(StandardCharsets.UTF_8);
		assertThat(CsvLines.decode(content)).hasValue(List.of("name,city", "Bogotá,xy"));
	}

	@Test
	void refusesBytesThatAreNotUtf8() {
		byte[] latin1 = "Bogot\u00e1".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(CsvLines.decode(latin1)).isEmpty();
	}

}
