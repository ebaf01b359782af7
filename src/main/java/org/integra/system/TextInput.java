package org.integra.system;

/**
 * Free text as people type it, made safe to store.
 */
public final class TextInput {

	private TextInput() {
	}

	/**
	 * The text without NUL characters, which PostgreSQL cannot store in a text column and
	 * which carry nothing a reader could see; {@code null} stays {@code null}.
	 */
	public static String withoutNul(String text) {
		return (text == null) ? null : text.replace("\u0000", "");
	}

}
