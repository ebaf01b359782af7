package org.integra.directory;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VCardTests {

	@Test
	void writesAVersion4CardWithCrlfAndLeavesEmptyFieldsOut() {
		String card = VCard.render("Ana María Pérez Gómez", "Embajada de Perú en Bolivia", "Consejera",
				"ana@example.org", "+591 2 000", "es", "  ");
		assertThat(card).startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
			.contains("\r\nFN:Ana María Pérez Gómez\r\n")
			.contains("\r\nN:Pérez Gómez;Ana María;;;\r\n")
			.contains("\r\nORG:Embajada de Perú en Bolivia\r\n")
			.contains("\r\nTITLE:Consejera\r\n")
			.contains("\r\nEMAIL:ana@example.org\r\n")
			.contains("\r\nTEL:+591 2 000\r\n")
			.contains("\r\nLANG:es\r\n")
			.doesNotContain("NOTE")
			.endsWith("\r\nEND:VCARD\r\n");
		assertThat(card.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
	}

	@Test
	void omitsEveryMissingField() {
		String card = VCard.render("Plato", null, null, null, null, null, null);
		assertThat(card).isEqualTo("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Plato\r\nEND:VCARD\r\n");
	}

	@Test
	void escapesBackslashCommaSemicolonAndLineBreaks() {
		assertThat(VCard.escape("a\\b,c;d\r\ne\nf\rg")).isEqualTo("a\\\\b\\,c\\;d\\ne\\nf\\ng");
		String card = VCard.render("X", null, null, null, null, null, "uno, dos;\ntres");
		assertThat(card).contains("\r\nNOTE:uno\\, dos\\;\\ntres\r\n");
	}

	@Test
	void dropsControlCharacters() {
		assertThat(VCard.escape("a\u0000b\u0007c")).isEqualTo("abc");
	}

	@Test
	void foldsAt75OctetsWithoutSplittingAccentsOrEmoji() {
		String note = "é".repeat(50) + "😀".repeat(30) + "ñandú";
		String card = VCard.render("X", null, null, null, null, null, note);
		for (String line : card.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
			assertThat(line).doesNotContain("\uFFFD");
			assertThat(Character.isLowSurrogate(line.charAt(0))
					|| Character.isHighSurrogate(line.charAt(line.length() - 1)))
				.as("split surrogate pair in %s", line)
				.isFalse();
		}
		String unfolded = card.replace("\r\n ", "");
		assertThat(unfolded).contains("NOTE:" + note + "\r\n");
	}

	@Test
	void foldedLinesStartWithASpace() {
		String folded = VCard.fold("NOTE:" + "a".repeat(200));
		String[] lines = folded.split("\r\n");
		assertThat(lines).hasSize(3);
		assertThat(lines[0]).hasSize(75);
		assertThat(lines[1]).startsWith(" ").hasSize(75);
		assertThat(lines[2]).startsWith(" ");
	}

	@Test
	void namesHaveABestEffortStructuredForm() {
		assertThat(VCard.nameParts("Ana Pérez")).containsExactly("Pérez", "Ana");
		assertThat(VCard.nameParts("Ana Pérez Gómez")).containsExactly("Pérez Gómez", "Ana");
		assertThat(VCard.nameParts("Plato")).isNull();
	}

	@Test
	void fileNamesArePlainAscii() {
		assertThat(VCard.fileName("José Ñúñez \"x\"; rm -rf /")).isEqualTo("Jose-Nunez-x-rm-rf.vcf");
		assertThat(VCard.fileName("😀")).isEqualTo("contact.vcf");
		assertThat(VCard.fileName(null)).isEqualTo("contact.vcf");
	}

}
