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
		assertThat(CsvLines.lines(content)).extracting(TextLines.Line::text).containsExactly("name,city", "Bogotá,xy");
	}

	@Test
	void marksEachLineThatIsNotUtf8WithItsTrueNumberAndReadsTheRest() {
		byte[] latin1 = "Bogot\u00e1\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] utf8 = "Bogot\u00e1\r".getBytes(StandardCharsets.UTF_8);
		java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
		content.writeBytes(utf8);
		content.writeBytes(latin1);
		content.writeBytes(utf8);
		content.writeBytes(latin1);
		List<TextLines.Line> lines = CsvLines.lines(content.toByteArray());
		assertThat(lines).extracting(TextLines.Line::number).containsExactly(1L, 2L, 3L, 4L);
		assertThat(lines).extracting(TextLines.Line::fault)
			.containsExactly(null, TextLines.Fault.NOT_UTF8, null, TextLines.Fault.NOT_UTF8);
		assertThat(lines.get(2).text()).isEqualTo("Bogotá");
	}

	@Test
	void marksALineLongerThanTheLimitWithoutKeepingIt() {
		String longLine = "x".repeat(TextLines.DEFAULT_MAX_LINE_BYTES + 1);
		List<TextLines.Line> lines = CsvLines.lines(("a\n" + longLine + "\nb").getBytes(StandardCharsets.UTF_8));
		assertThat(lines).extracting(TextLines.Line::fault).containsExactly(null, TextLines.Fault.TOO_LONG, null);
		assertThat(lines.get(2).text()).isEqualTo("b");
		assertThat(CsvLines.lines("x".repeat(TextLines.DEFAULT_MAX_LINE_BYTES).getBytes(StandardCharsets.UTF_8)))
			.singleElement()
			.satisfies((line) -> assertThat(line.ok()).isTrue());
	}

	@Test
	void anEmptyLineIsOneEmptyFieldAndAQuoteInsideAnUnquotedFieldIsKept() {
		assertThat(CsvLines.split("")).containsExactly("");
		assertThat(CsvLines.split(",")).containsExactly("", "");
		assertThat(CsvLines.split("GK writes \"717\"; USD,x")).containsExactly("GK writes \"717\"; USD", "x");
	}

	@Test
	void malformedQuotesAreAProblemNotAGuess() {
		assertThat(CsvLines.fields("a,\"never closed")).isEmpty();
		assertThat(CsvLines.fields("a,\"closed\" then text,b")).isEmpty();
		assertThat(CsvLines.fields("a,\"ok\",b")).contains(List.of("a", "ok", "b"));
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> CsvLines.split("\"never closed"));
	}

	@Test
	void writtenLinesQuoteWhatNeedsItAndReadBack() {
		String line = CsvLines.line("plain", "with, comma", "say \"hi\"", "", "EDUCATION;HEALTH");
		assertThat(line).isEqualTo("plain,\"with, comma\",\"say \"\"hi\"\"\",,EDUCATION;HEALTH\r\n");
		assertThat(CsvLines.split(line.strip())).containsExactly("plain", "with, comma", "say \"hi\"", "",
				"EDUCATION;HEALTH");
	}

	@Test
	void theLineLimitIsTheCallersAndEveryLongLineKeepsItsNumber() {
		byte[] content = ("short\n" + "x".repeat(101) + "\nok\n" + "y".repeat(500) + "\n")
			.getBytes(StandardCharsets.UTF_8);
		List<TextLines.Line> lines = CsvLines.lines(content, 100);
		assertThat(lines).extracting(TextLines.Line::number).containsExactly(1L, 2L, 3L, 4L);
		assertThat(lines).extracting(TextLines.Line::fault)
			.containsExactly(null, TextLines.Fault.TOO_LONG, null, TextLines.Fault.TOO_LONG);
	}

}
