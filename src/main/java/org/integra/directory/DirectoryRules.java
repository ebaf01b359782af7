package org.integra.directory;

import java.util.List;
import java.util.Locale;

/**
 * Plain rules of the directory, free of Spring.
 */
public final class DirectoryRules {

	/** The languages a person may prefer. */
	public static final List<String> LANGUAGES = List.of("es", "pt", "en");

	private DirectoryRules() {
	}

	/** Whether the text is an ISO 3166 alpha-2 code in upper case, or empty. */
	public static boolean isCountryCode(String code) {
		return code == null || code.isEmpty() || code.matches("[A-Z]{2}");
	}

	/** Upper-cases and strips a country code; blank becomes {@code null}. */
	public static String countryCode(String code) {
		return (code == null || code.isBlank()) ? null : code.strip().toUpperCase(Locale.ROOT);
	}

	/** Whether the website is empty or an http(s) address. */
	public static boolean isWebsite(String website) {
		return website == null || website.isBlank() || website.strip().matches("(?i)https?://[^\\s<>\"]+");
	}

	/** Whether the language is empty or one of {@link #LANGUAGES}. */
	public static boolean isLanguage(String language) {
		return language == null || language.isEmpty() || LANGUAGES.contains(language);
	}

	/** Only an organization without people may be deleted. */
	public static boolean isDeletable(long peopleCount) {
		return peopleCount == 0;
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
