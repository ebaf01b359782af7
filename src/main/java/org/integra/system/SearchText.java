package org.integra.system;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for accent- and case-insensitive search: "São Paulo", "SAO PAULO" and "sao
 * paulo" all become "sao paulo".
 */
public final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private SearchText() {
	}

	public static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		String withoutMarks = MARKS.matcher(decomposed).replaceAll("");
		String spaced = NOT_WORD.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ");
		return spaced.strip();
	}

}
