package org.integra.audit.capture;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.integra.audit.AuditFieldChange;

/**
 * Writes collected entries with plain JDBC on the connection it is given, which is the
 * changing session's own, so that entries commit or roll back with the change.
 */
final class AuditWriter {

	static final int MAX_USERNAME = 100;

	static final int MAX_TYPE = 100;

	static final int MAX_ID = 255;

	static final int MAX_LABEL = 255;

	static final int MAX_FIELD = 255;

	static final int BATCH = 500;

	private static final String INSERT_ENTRY = "insert into audit_entry "
			+ "(occurred_at, username, action, entity_type, entity_id, entity_label) values (?, ?, ?, ?, ?, ?)";

	private static final String INSERT_CHANGE = "insert into audit_change (entry_id, field, old_value, new_value) "
			+ "values (?, ?, ?, ?)";

	private AuditWriter() {
	}

	static void write(Connection connection, List<PendingEntry> entries) throws SQLException {
		List<PendingEntry> worth = entries.stream().filter(PendingEntry::isWorthWriting).toList();
		try (PreparedStatement entryInsert = connection.prepareStatement(INSERT_ENTRY, Statement.RETURN_GENERATED_KEYS);
				PreparedStatement changeInsert = connection.prepareStatement(INSERT_CHANGE)) {
			// entries go in batches, their keys read back in order: a transaction that
			// changes thousands of records (an invitation round) does not wait for one
			// round trip per entry
			for (int from = 0; from < worth.size(); from += BATCH) {
				List<PendingEntry> batch = worth.subList(from, Math.min(worth.size(), from + BATCH));
				long[] ids = insertEntries(entryInsert, batch);
				boolean changesQueued = false;
				for (int i = 0; i < batch.size(); i++) {
					for (AuditFieldChange change : batch.get(i).changes()) {
						changeInsert.setLong(1, ids[i]);
						changeInsert.setString(2, ValueText.truncate(change.field(), MAX_FIELD));
						setText(changeInsert, 3, change.oldValue());
						setText(changeInsert, 4, change.newValue());
						changeInsert.addBatch();
						changesQueued = true;
					}
				}
				if (changesQueued) {
					changeInsert.executeBatch();
				}
			}
		}
	}

	private static long[] insertEntries(PreparedStatement insert, List<PendingEntry> batch) throws SQLException {
		for (PendingEntry entry : batch) {
			insert.setObject(1, OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC));
			insert.setString(2, ValueText.truncate(entry.username(), MAX_USERNAME));
			insert.setString(3, entry.action().name());
			insert.setString(4, ValueText.truncate(entry.entityType(), MAX_TYPE));
			insert.setString(5, ValueText.truncate(entry.entityId(), MAX_ID));
			setText(insert, 6, ValueText.truncate(entry.entityLabel(), MAX_LABEL));
			insert.addBatch();
		}
		insert.executeBatch();
		long[] ids = new long[batch.size()];
		int read = 0;
		try (ResultSet keys = insert.getGeneratedKeys()) {
			while (keys.next() && read < ids.length) {
				ids[read++] = keys.getLong(1);
			}
		}
		if (read != ids.length) {
			throw new SQLException("The database returned " + read + " keys for " + ids.length + " audit entries");
		}
		return ids;
	}

	private static void setText(PreparedStatement statement, int index, String value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.VARCHAR);
		}
		else {
			statement.setString(index, value);
		}
	}

}
