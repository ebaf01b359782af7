package org.integra.system;

import java.util.List;
import java.util.Locale;

/**
 * The interface languages: Spanish (the default), Portuguese and English.
 */
public final class SupportedLanguages {

	public static final Locale DEFAULT = Locale.forLanguageTag("es");

	public static final List<Locale> ALL = List.of(DEFAULT, Locale.forLanguageTag("pt"), Locale.forLanguageTag("en"));

	private SupportedLanguages() {
	}

	/** The supported language closest to the given one, or the default. */
	public static Locale closest(Locale locale) {
		if (locale == null) {
			return DEFAULT;
		}
		return ALL.stream()
			.filter((supported) -> supported.getLanguage().equals(locale.getLanguage()))
			.findFirst()
			.orElse(DEFAULT);
	}

	public static boolean isSupported(String tag) {
		return tag != null && ALL.stream().anyMatch((l) -> l.getLanguage().equals(tag));
	}

}
