package org.integra.directory;

import java.util.Optional;

import org.integra.system.PathPlaceholders;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Placeholders of the directory routes in the authorization matrix: a demo organization,
 * a demo relationship, a person.
 */
public class DirectoryPathPlaceholders implements PathPlaceholders {

	@Override
	public Optional<String> resolve(String name, ApplicationContext context) {
		return switch (name) {
			case "organizationId" -> PathPlaceholders.firstValue(context, "select min(id) from directory_organization");
			case "relationshipId" -> PathPlaceholders.firstValue(context, "select min(id) from directory_relationship");
			case "personId" -> person(context);
			case "code" -> Optional.of("PE");
			case "unknownCode" -> Optional.of("ZZ");
			default -> Optional.empty();
		};
	}

	/**
	 * A person to read: the first one, or one created for the matrix when there is none.
	 */
	private static Optional<String> person(ApplicationContext context) {
		Optional<String> first = PathPlaceholders.firstValue(context, "select min(id) from directory_person");
		if (first.isPresent()) {
			return first;
		}
		context.getBean(JdbcClient.class)
			.sql("insert into directory_person (name, name_search, version, created_at, updated_at) "
					+ "values ('Persona de la matriz', 'persona de la matriz', 0, current_timestamp, current_timestamp)")
			.update();
		return PathPlaceholders.firstValue(context, "select min(id) from directory_person");
	}

}
