package org.integra.directory;

import java.util.Optional;

import org.integra.system.PathPlaceholders;

import org.springframework.context.ApplicationContext;

/**
 * Placeholders of the directory routes in the authorization matrix: a demo organization.
 */
public class DirectoryPathPlaceholders implements PathPlaceholders {

	@Override
	public Optional<String> resolve(String name, ApplicationContext context) {
		return switch (name) {
			case "organizationId" -> PathPlaceholders.firstValue(context, "select min(id) from directory_organization");
			case "code" -> Optional.of("PE");
			case "unknownCode" -> Optional.of("ZZ");
			default -> Optional.empty();
		};
	}

}
