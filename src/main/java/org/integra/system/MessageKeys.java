package org.integra.system;

/**
 * Message keys are dot-separated segments in camelCase: {@code accounts.user.notFound}.
 * Codes that users and clients see in addresses, in the API or in stored data keep their
 * kebab-case ({@code ?sort=due-desc}, {@code ?error=bad-credentials}); this turns such a
 * code into the segment of its key, in one place.
 */
public final class MessageKeys {

	private MessageKeys() {
	}

	/**
	 * The key under {@code prefix} for a kebab-case code:
	 * {@code of("tasks.sort", "due-desc")} is {@code tasks.sort.dueDesc}.
	 * @param prefix the key's segments before the code, without the trailing dot
	 * @param code the code, in kebab-case or already in camelCase
	 * @return the message key
	 */
	public static String of(String prefix, String code) {
		return prefix + "." + camelCase(code);
	}

	/**
	 * Each segment of a kebab-case key or code in camelCase: {@code not-found} becomes
	 * {@code notFound}, {@code geonames.problem.not-utf8} becomes
	 * {@code geonames.problem.notUtf8}. Text without hyphens comes back as it is.
	 * @param kebab a key, a segment or a code
	 * @return the same in camelCase
	 */
	public static String camelCase(String kebab) {
		StringBuilder camel = new StringBuilder(kebab.length());
		for (int i = 0; i < kebab.length(); i++) {
			char c = kebab.charAt(i);
			boolean joinsWords = c == '-' && i > 0 && kebab.charAt(i - 1) != '.' && i + 1 < kebab.length()
					&& Character.isLetterOrDigit(kebab.charAt(i + 1));
			if (joinsWords) {
				camel.append(Character.toUpperCase(kebab.charAt(++i)));
			}
			else {
				camel.append(c);
			}
		}
		return camel.toString();
	}

}
