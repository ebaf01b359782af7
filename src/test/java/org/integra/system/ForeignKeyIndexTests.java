package org.integra.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every foreign key has an index that starts with its columns, so that deleting or
 * updating a referenced row and joining along the key never scan the referencing table.
 * Reads H2's information schema after the migrations; H2 creates a hidden index for a key
 * that has none, so only indexes a migration created (or a primary or unique key) count,
 * as on PostgreSQL.
 */
class ForeignKeyIndexTests {

	private static final String URL = "jdbc:h2:mem:foreign-keys;DB_CLOSE_DELAY=-1";

	/** The audit module's test fixture, created by a test migration only. */
	private static final String TEST_ONLY_TABLES = "AUDITED_SAMPLE";

	@Test
	void everyForeignKeyHasAnIndex() throws SQLException {
		Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
		try (Connection connection = DriverManager.getConnection(URL, "sa", "")) {
			Map<String, List<String>> keys = columns(connection, """
					select tc.table_name || '.' || tc.constraint_name as name, k.column_name
					from information_schema.table_constraints tc
					join information_schema.key_column_usage k
					  on k.constraint_schema = tc.constraint_schema and k.constraint_name = tc.constraint_name
					where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = 'PUBLIC'
					order by name, k.ordinal_position""");
			Map<String, List<String>> indexes = columns(connection, """
					select i.table_name || '.' || i.index_name as name, c.column_name
					from information_schema.indexes i
					join information_schema.index_columns c
					  on c.index_schema = i.index_schema and c.index_name = i.index_name
					where i.table_schema = 'PUBLIC'
					  and (i.is_generated = false or i.index_type_name in ('PRIMARY KEY', 'UNIQUE INDEX'))
					order by name, c.ordinal_position""");
			assertThat(keys).as("foreign keys found").isNotEmpty();
			List<String> unindexed = new ArrayList<>();
			keys.forEach((key, columns) -> {
				if (key.startsWith(TEST_ONLY_TABLES)) {
					return;
				}
				String table = key.substring(0, key.indexOf('.') + 1);
				boolean covered = indexes.entrySet()
					.stream()
					.filter((index) -> index.getKey().startsWith(table))
					.anyMatch((index) -> index.getValue().size() >= columns.size()
							&& List.copyOf(index.getValue().subList(0, columns.size())).containsAll(columns));
				if (!covered) {
					unindexed.add(key + " " + columns);
				}
			});
			assertThat(unindexed).as("foreign keys without an index").isEmpty();
		}
	}

	private static Map<String, List<String>> columns(Connection connection, String sql) throws SQLException {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
			while (rows.next()) {
				columns.computeIfAbsent(rows.getString("name"), (name) -> new ArrayList<>())
					.add(rows.getString("column_name"));
			}
		}
		return columns;
	}

}
