package org.integra.system;

/**
 * Free text as people type it, made safe to store.
 */
public final class TextInput {

	private static final int NEXT_LINE = 0x85;

	private static final int LINE_SEPARATOR = 0x2028;

	private static final int PARAGRAPH_SEPARATOR = 0x2029;

	private TextInput() {
	}

	/**
	 * The text without NUL characters, which PostgreSQL cannot store in a text column and
	 * which carry nothing a reader could see; {@code null} stays {@code null}.
	 */
	public static String withoutNul(String text) {
		return (text == null) ? null : text.replace("\u0000", "");
	}

	/**
	 * Whether the text has no line break (CR, LF, NEL or the Unicode line and paragraph
	 * separators); {@code null} has none.
	 */
	public static boolean isSingleLine(CharSequence text) {
		if (text == null) {
			return true;
		}
		return text.chars().noneMatch(TextInput::isLineBreak);
	}

	private static boolean isLineBreak(int c) {
		return c == '\r' || c == '\n' || c == NEXT_LINE || c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR;
	}

}
