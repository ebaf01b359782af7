package org.integra.system;

import java.util.function.Predicate;

/**
 * The message keys that explain an HTTP error status: {@code error.<status>.title} and
 * {@code error.<status>.text} when the bundles have them, else the generic
 * {@code error.generic.*}. A new status gets its own wording by adding its two keys.
 *
 * @param status the HTTP status
 * @param titleKey the key of the page's heading
 * @param textKey the key of the explanation
 */
public record ErrorMessages(int status, String titleKey, String textKey) {

	static final String GENERIC = "generic";

	/**
	 * @param status the HTTP status
	 * @param known whether the bundles have a key
	 */
	public static ErrorMessages of(int status, Predicate<String> known) {
		String specific = "error." + status + ".title";
		String name = known.test(specific) ? String.valueOf(status) : GENERIC;
		return new ErrorMessages(status, "error." + name + ".title", "error." + name + ".text");
	}

}
