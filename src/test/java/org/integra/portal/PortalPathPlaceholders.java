package org.integra.portal;

import java.util.Optional;

import org.integra.system.PathPlaceholders;

import org.springframework.context.ApplicationContext;

/**
 * The portal's placeholders: a section and a language whose text the demo data holds, and
 * a section the portal does not have (for rows that change data).
 */
public class PortalPathPlaceholders implements PathPlaceholders {

	@Override
	public Optional<String> resolve(String name, ApplicationContext context) {
		return switch (name) {
			case "portalSection" -> Optional.of(PortalSection.NETWORK.slug());
			case "portalLanguage" -> Optional.of("es");
			case "missingPortalSection" -> Optional.of("missing");
			default -> Optional.empty();
		};
	}

}
