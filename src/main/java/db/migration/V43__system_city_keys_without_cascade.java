package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The keys from other modules' tables to {@code city} lose their
 * {@code on delete cascade} (and the mentor's {@code on delete set null}): each module
 * deletes its own rows about a city on {@code CityDeleting}, through its entities and so
 * in the audit trail, and a row a module forgot now stops the deletion instead of
 * vanishing unseen.
 *
 * <p>
 * A Java migration because the keys were declared inline, without names: H2 and
 * PostgreSQL named them differently, so the names are read from the information schema.
 */
public class V43__system_city_keys_without_cascade extends BaseJavaMigration {

	private static final List<String[]> KEYS = List.of(new String[] { "shortlist_entry", "city_id" },
			new String[] { "candidate", "city_id" }, new String[] { "interaction", "city_id" },
			new String[] { "mentor_assignment", "candidate_city_id" },
			new String[] { "mentor_assignment", "mentor_city_id" }, new String[] { "task", "city_id" },
			new String[] { "letter", "city_id" }, new String[] { "city_sector", "city_id" },
			new String[] { "city_sector_source", "city_id" }, new String[] { "city_priority", "city_id" },
			new String[] { "criterion_value", "city_id" }, new String[] { "app_user", "mentor_city_id" });

	private static final String KEY_NAME = """
			select r.constraint_name
			from information_schema.referential_constraints r
			join information_schema.key_column_usage k
			  on k.constraint_schema = r.constraint_schema and k.constraint_name = r.constraint_name
			where k.table_schema = current_schema and lower(k.table_name) = ? and lower(k.column_name) = ?
			  and r.delete_rule <> 'NO ACTION' and r.delete_rule <> 'RESTRICT'""";

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		for (String[] key : KEYS) {
			String table = key[0];
			String column = key[1];
			Optional<String> name = keyName(connection, table, column);
			if (name.isPresent()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("alter table " + table + " drop constraint \"" + name.get() + "\"");
					statement.execute("alter table " + table + " add constraint " + table + "_" + column
							+ "_fk foreign key (" + column + ") references city (id)");
				}
			}
		}
	}

	private static Optional<String> keyName(Connection connection, String table, String column) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(KEY_NAME)) {
			query.setString(1, table.toLowerCase(Locale.ROOT));
			query.setString(2, column.toLowerCase(Locale.ROOT));
			try (ResultSet rows = query.executeQuery()) {
				return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
			}
		}
	}

}
