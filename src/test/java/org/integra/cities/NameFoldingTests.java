package org.integra.cities;

import java.util.Random;

import org.integra.system.SearchText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast folding gives exactly what {@link SearchText#normalize(String)} gives.
 */
class NameFoldingTests {

	@Test
	void foldsEveryPairOfLatin1CharactersAsSearchTextDoes() {
		for (char a = 0; a < 256; a++) {
			for (char b = 0; b < 256; b++) {
				String text = new String(new char[] { a, b });
				assertThat(NameFolding.fold(text)).as("U+%04X U+%04X", (int) a, (int) b)
					.isEqualTo(SearchText.normalize(text));
			}
		}
	}

	@Test
	void foldsRandomTextAsSearchTextDoes() {
		Random random = new Random(7);
		String alphabet = "aAzZ09 ,;.-'\t\n\u00a0\u00ad\u00b4\u00a8\u00bc\u00b2\u00b5\u00aa\u00dfáÁéÉíóúñÑçÇãõâêôüÜ"
				+ "\u00c6\u00e6\u00d8\u00f8\u00ff\u00d7\u00f7İıΣσςĀ\u0301\u0308ﷺ한😀";
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(12);
			for (int j = 0; j < length; j++) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			assertThat(NameFolding.fold(text.toString())).as(text.toString())
				.isEqualTo(SearchText.normalize(text.toString()));
		}
	}

	@Test
	void foldsAccentsCaseAndPunctuation() {
		assertThat(NameFolding.fold("  São Paulo, SP ")).isEqualTo("sao paulo sp");
		assertThat(NameFolding.fold("Ñuñoa ¼")).isEqualTo("nunoa 1 4");
		assertThat(NameFolding.fold(null)).isEmpty();
		assertThat(NameFolding.fold("Ελλάς")).isEqualTo(SearchText.normalize("Ελλάς"));
	}

}
