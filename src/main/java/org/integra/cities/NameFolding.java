package org.integra.cities;

import org.integra.system.SearchText;

/**
 * {@link SearchText#normalize(String)} with a fast path for text within Latin-1, which is
 * nearly all the names of Latin America: a table lookup per character instead of Unicode
 * decomposition and two regular expressions. The result is the same; text with any other
 * character goes through {@link SearchText} itself.
 * <p>
 * The table is built from {@link SearchText} one character at a time: what a character
 * folds to, and whether it separates words on its left or right. Folding is a character
 * by character mapping followed by collapsing separators, so the pieces put together give
 * the folded text (the equality is tested over all pairs of Latin-1 characters).
 */
final class NameFolding {

	private static final String[] PIECE = new String[256];

	private static final boolean[] GAP_BEFORE = new boolean[256];

	private static final boolean[] GAP_AFTER = new boolean[256];

	static {
		for (char c = 0; c < 256; c++) {
			String piece = SearchText.normalize(String.valueOf(c));
			String probe = SearchText.normalize("a" + c + "a");
			PIECE[c] = piece;
			if (piece.isEmpty()) {
				boolean gap = probe.equals("a a");
				GAP_BEFORE[c] = gap;
				GAP_AFTER[c] = gap;
			}
			else {
				GAP_BEFORE[c] = probe.startsWith("a " + piece);
				GAP_AFTER[c] = probe.endsWith(piece + " a");
			}
		}
	}

	private NameFolding() {
	}

	/**
	 * The text folded as {@link SearchText#normalize(String)} folds it.
	 */
	static String fold(String text) {
		if (text == null) {
			return "";
		}
		int length = text.length();
		StringBuilder out = new StringBuilder(length);
		boolean gap = false;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c >= 256) {
				return SearchText.normalize(text);
			}
			String piece = PIECE[c];
			if (GAP_BEFORE[c]) {
				gap = true;
			}
			if (!piece.isEmpty()) {
				if (gap && out.length() > 0) {
					out.append(' ');
				}
				out.append(piece);
				gap = false;
			}
			if (GAP_AFTER[c]) {
				gap = true;
			}
		}
		return out.toString();
	}

}
