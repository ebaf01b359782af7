package org.integra.portal;

import java.util.Locale;
import java.util.Optional;

/**
 * The portal's sections, each with an editable text per language, in the order the page
 * shows them.
 */
public enum PortalSection {

	/** What the network is. */
	NETWORK,

	/** The advantages of membership. */
	ADVANTAGES,

	/** How a city joins: who may, and the steps. */
	JOINING,

	/** The thematic units and what each offers. */
	UNITS;

	/** The section's name in paths and message keys, e.g. {@code network}. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The section named by a path segment, when there is one. */
	public static Optional<PortalSection> fromSlug(String slug) {
		for (PortalSection section : values()) {
			if (section.slug().equals(slug)) {
				return Optional.of(section);
			}
		}
		return Optional.empty();
	}

}
