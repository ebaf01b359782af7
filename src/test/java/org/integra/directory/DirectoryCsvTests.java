package org.integra.directory;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.integra.directory.DirectoryCsv.Type;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryCsvTests {

	private static DirectoryCsv.Result read(String text, Type type) {
		return DirectoryCsv.read(text.getBytes(StandardCharsets.UTF_8), type);
	}

	@Test
	void readsRowsByColumnNameInAnyOrderWithQuotes() {
		DirectoryCsv.Result result = read("\uFEFFKind, name,country,host_country,host_city,website,notes\n"
				+ "MINISTRY,\"Ministerio, de \"\"Prueba\"\"\",pe,,,,\n", Type.ORGANIZATIONS);
		assertThat(result.problem()).isNull();
		assertThat(result.rows()).hasSize(1);
		DirectoryCsv.Row row = result.rows().get(0);
		assertThat(row.line()).isEqualTo(2);
		assertThat(row.value(Type.ORGANIZATIONS, "name")).isEqualTo("Ministerio, de \"Prueba\"");
		assertThat(row.value(Type.ORGANIZATIONS, "kind")).isEqualTo("MINISTRY");
		assertThat(row.value(Type.ORGANIZATIONS, "country")).isEqualTo("pe");
		assertThat(row.value(Type.ORGANIZATIONS, "website")).isNull();
	}

	@Test
	void aRowWithTheWrongNumberOfFieldsIsMarkedAndBlankLinesAreSkipped() {
		DirectoryCsv.Result result = read(
				"name,position,organization,email,phone,language,notes\n\nAna,,,,,\nLuis,,,,,,\n", Type.PEOPLE);
		assertThat(result.rows()).extracting(DirectoryCsv.Row::line).containsExactly(3, 4);
		assertThat(result.rows().get(0).wellFormed()).isFalse();
		assertThat(result.rows().get(1).values()).isEqualTo(List.of("Luis", "", "", "", "", "", ""));
	}

	@Test
	void refusesUnreadableFiles() {
		assertThat(DirectoryCsv.read(new byte[0], Type.PEOPLE).problem()).isEqualTo("directory.import.problem.empty");
		assertThat(read(" \n \n", Type.PEOPLE).problem()).isEqualTo("directory.import.problem.empty");
		assertThat(DirectoryCsv.read(new byte[] { 'n', 'a', 'm', 'e', (byte) 0xE9, '\n' }, Type.PEOPLE).problem())
			.isEqualTo("directory.import.problem.encoding");
		assertThat(read("Ana,,,,,,\n", Type.PEOPLE).problem()).isEqualTo("directory.import.problem.header");
		assertThat(read("name,kind,country,host_country,host_city,website,notes\n", Type.PEOPLE).problem())
			.isEqualTo("directory.import.problem.header");
		assertThat(read("name,position,organization,email,phone,language,notes\n", Type.PEOPLE).problem())
			.isEqualTo("directory.import.problem.noRows");
		assertThat(DirectoryCsv.read(new byte[(int) DirectoryCsv.MAX_BYTES + 1], Type.PEOPLE).problem())
			.isEqualTo("directory.import.problem.tooLarge");
	}

	@Test
	void refusesMoreRowsThanTheLimit() {
		String header = "name,position,organization,email,phone,language,notes\n";
		assertThat(read(header + "Ana,,,,,,\n".repeat(DirectoryCsv.MAX_ROWS), Type.PEOPLE).rows())
			.hasSize(DirectoryCsv.MAX_ROWS);
		assertThat(read(header + "Ana,,,,,,\n".repeat(DirectoryCsv.MAX_ROWS + 1), Type.PEOPLE).problem())
			.isEqualTo("directory.import.problem.tooManyRows");
	}

	@Test
	void stripsNulCharacters() {
		DirectoryCsv.Result result = read("name,position,organization,email,phone,language,notes\nA\u0000na,,,,,,\n",
				Type.PEOPLE);
		assertThat(result.rows().get(0).value(Type.PEOPLE, "name")).isEqualTo("Ana");
	}

	@Test
	void typesParseFromFormValues() {
		assertThat(Type.parse("people")).isEqualTo(Type.PEOPLE);
		assertThat(Type.parse("' OR 1=1 --")).isNull();
		assertThat(Type.parse(null)).isNull();
	}

	@Test
	void everyLineThatIsNotUtf8IsARowWithItsTrueNumberAndReason() {
		java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
		content.writeBytes(
				"name,position,organization,email,phone,language,notes\nAna,,,,,,\n".getBytes(StandardCharsets.UTF_8));
		content.writeBytes("Jos\u00e9,,,,,,\n".getBytes(StandardCharsets.ISO_8859_1));
		content.writeBytes("Bea,,,,,,\nC,,\n".getBytes(StandardCharsets.UTF_8));
		content.writeBytes("Ren\u00e9,,,,,,\n".getBytes(StandardCharsets.ISO_8859_1));
		DirectoryCsv.Result result = DirectoryCsv.read(content.toByteArray(), Type.PEOPLE);
		assertThat(result.problem()).isNull();
		assertThat(result.rows()).extracting(DirectoryCsv.Row::line).containsExactly(2, 3, 4, 5, 6);
		assertThat(result.rows()).extracting(DirectoryCsv.Row::problem)
			.containsExactly(null, "directory.import.problem.lineEncoding", null, "directory.import.problem.columns",
					"directory.import.problem.lineEncoding");
		assertThat(result.rows().get(3).problemArguments()).containsExactly(3, 7);
	}

	@Test
	void aLineWithMalformedQuotesIsABadRowWithItsTrueNumber() {
		DirectoryCsv.Result result = read("name,position,organization,email,phone,language,notes\n"
				+ "\"Ana,,,,,,\n\nBea,,,,,,\n\"Luis\" Pérez,,,,,,\n", Type.PEOPLE);
		assertThat(result.rows()).extracting(DirectoryCsv.Row::line).containsExactly(2, 4, 5);
		assertThat(result.rows()).extracting(DirectoryCsv.Row::problem)
			.containsExactly("directory.import.problem.quotes", null, "directory.import.problem.quotes");
	}

	@Test
	void aLineLongerThanTheGivenLimitIsABadRowNamingTheLimit() {
		String header = "name,position,organization,email,phone,language,notes\n";
		DirectoryCsv.Result result = DirectoryCsv.read(
				(header + "Ana,,,,,,\n" + "B".repeat(3000) + ",,,,,,\nCarla,,,,,,\n").getBytes(StandardCharsets.UTF_8),
				Type.PEOPLE, 2048);
		assertThat(result.rows()).extracting(DirectoryCsv.Row::problem)
			.containsExactly(null, "directory.import.problem.lineTooLong", null);
		assertThat(result.rows().get(1).line()).isEqualTo(3);
		assertThat(result.rows().get(1).problemArguments()).containsExactly(2);
	}

}
