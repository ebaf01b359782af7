package org.integra.system;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Resolves placeholders such as {@code {cityId}} in the paths of
 * {@code authorization-matrix.csv}. Each module that needs one adds a public class
 * implementing this interface, with a no-argument constructor, anywhere under
 * {@code org.integra} in its test sources; {@link MatrixPaths} finds it by classpath
 * scanning, no registration needed.
 * <p>
 * Resolve to records of the demo data (or fixtures the implementation creates) for
 * reading routes; rows that change data should use {@code {missingId}}, so that an
 * allowed role gets a harmless 404 instead of deleting what other tests rely on.
 */
public interface PathPlaceholders {

	/**
	 * The value of the placeholder, or empty when this module does not know it.
	 * @param name the placeholder without braces, e.g. {@code cityId}
	 * @param context the running application
	 */
	Optional<String> resolve(String name, ApplicationContext context);

	/**
	 * The first column of the first row of a query, e.g.
	 * {@code select min(id) from city}.
	 */
	static Optional<String> firstValue(ApplicationContext context, String sql, Object... parameters) {
		List<Object> values = context.getBean(JdbcClient.class)
			.sql(sql)
			.params(parameters)
			.query((row, number) -> row.getObject(1))
			.list();
		return values.stream().filter((value) -> value != null).findFirst().map(String::valueOf);
	}

}
