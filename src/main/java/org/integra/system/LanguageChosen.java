package org.integra.system;

import java.util.Locale;

/**
 * A signed-in user picked an interface language; the accounts module remembers it.
 *
 * @param username who chose
 * @param language the chosen language, always a supported one
 */
public record LanguageChosen(String username, Locale language) {
}
