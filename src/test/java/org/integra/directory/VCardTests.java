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
		String card = VCard.render("X", null, null, null, null, null, "uno, dos;\ntres");
		assertThat(card).contains("\r\nNOTE:uno\\, dos\\;\\ntres\r\n");
		assertThat(VCard.render("X", null, null, null, null, null, "a\\b,c;d\r\ne\nf\rg"))
			.contains("\r\nNOTE:a\\\\b\\,c\\;d\\ne\\nf\\ng\r\n");
	}

	@Test
	void escapesNamesOrganizationsAndTitles() {
		String card = VCard.render("Pérez, Ana; hija", "Red; de, ciudades", "Jefa\nde gabinete", null, null, null,
				null);
		assertThat(card).contains("\r\nFN:Pérez\\, Ana\\; hija\r\n")
			.contains("\r\nORG:Red\\; de\\, ciudades\r\n")
			.contains("\r\nTITLE:Jefa\\nde gabinete\r\n");
	}

	@Test
	void keepsNonLatinCharactersAsTheyAre() {
		String card = VCard.render("Мария Иванова", "北京市人民政府", "مستشارة", null, null, null, null);
		assertThat(card).contains("\r\nFN:Мария Иванова\r\n")
			.contains("\r\nN:Иванова;Мария;;;\r\n")
			.contains("\r\nORG:北京市人民政府\r\n")
			.contains("\r\nTITLE:مستشارة\r\n");
	}

	@Test
	void dropsControlCharacters() {
		assertThat(VCard.clean("a\u0000b\u0007c")).isEqualTo("abc");
		assertThat(VCard.render("X", null, null, null, null, null, "a\u0000b\u0007c")).contains("\r\nNOTE:abc\r\n");
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
