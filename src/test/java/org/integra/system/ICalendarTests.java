package org.integra.system;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The iCalendar format as every module writes it: TEXT values cleaned, lines folded at 75
 * octets.
 */
class ICalendarTests {

	@Test
	void dropsControlCharactersButKeepsTabsAndAccents() {
		assertThat(ICalendar.text("São\tPaulo\u0001\u007f")).isEqualTo("São\tPaulo");
		assertThat(ICalendar.text("a\r\nb\rc")).isEqualTo("a\nb\nc");
		assertThat(ICalendar.text(null)).isEmpty();
	}

	@Test
	void leavesShortLinesAlone() {
		String line = "SUMMARY:" + "x".repeat(67);
		assertThat(ICalendar.octets(line)).isEqualTo(75);
		assertThat(ICalendar.fold(line)).isEqualTo(line);
	}

	@Test
	void foldsAtSeventyFiveOctets() {
		String line = "SUMMARY:" + "x".repeat(200);
		String folded = ICalendar.fold(line);
		List<String> lines = Arrays.asList(folded.split("\r\n"));
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).hasSize(75);
		assertThat(lines.subList(1, lines.size())).allSatisfy((continuation) -> {
			assertThat(continuation).startsWith(" ");
			assertThat(ICalendar.octets(continuation)).isLessThanOrEqualTo(75);
		});
		assertThat(unfold(folded)).isEqualTo(line);
	}

	@Test
	void neverSplitsAMultiByteCharacter() {
		// 2-, 3- and 4-octet characters at every offset around the limit
		for (String character : List.of("é", "€", "😀")) {
			for (int prefix = 60; prefix < 80; prefix++) {
				String line = "S:" + "a".repeat(prefix) + character.repeat(40);
				String folded = ICalendar.fold(line);
				for (String physical : folded.split("\r\n")) {
					byte[] bytes = physical.getBytes(StandardCharsets.UTF_8);
					assertThat(bytes.length).isLessThanOrEqualTo(75);
					assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(physical);
					assertThat(physical).doesNotContain("\uFFFD");
				}
				assertThat(unfold(folded)).isEqualTo(line);
			}
		}
	}

	static String unfold(String folded) {
		return folded.replace("\r\n ", "");
	}

}
