package org.integra.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail: the history of one record, and the filtered, paged list of all
 * recorded changes.
 */
@Service
public class AuditTrail {

	/** The user recorded for changes made while nobody is signed in. */
	public static final String SYSTEM_USER = "system";

	/** The largest page {@link #search} returns. */
	public static final int MAX_PAGE_SIZE = 200;

	private static final int IN_LIST_CHUNK = 500;

	// keeps filter instants inside what every database stores
	private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

	private static final String COLUMNS = "select e.id, e.occurred_at, e.username, e.action, e.entity_type, "
			+ "e.entity_id, e.entity_label from audit_entry e";

	private final JdbcClient jdbc;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records an applied import file: its figures (row counts and the like) in the given
	 * order and, when rows were skipped, each skipped line with its reason, so that what
	 * was left out can be traced after the import's report is gone.
	 * @param entityType the kind of import, e.g. "DirectoryImport"
	 * @param fileName the uploaded file's name, shown as the entry's label
	 * @param username who applied it
	 * @param at when
	 * @param figures field name and value, in the order to show
	 * @param skippedLines one text per skipped line ("7: The line is not UTF-8 text.")
	 */
	@Transactional
	public void recordImport(String entityType, String fileName, String username, Instant at, Map<String, ?> figures,
			List<String> skippedLines) {
		List<AuditFieldChange> changes = new ArrayList<>();
		figures.forEach((field, value) -> changes.add(new AuditFieldChange(field, null, String.valueOf(value))));
		if (!skippedLines.isEmpty()) {
			changes.add(new AuditFieldChange("skippedLines", null, String.join("; ", skippedLines)));
		}
		record(AuditAction.CREATE, entityType, UUID.randomUUID().toString(), fileName, username, at, changes);
	}

	/**
	 * Records a change made without an {@link Audited} entity (plain SQL, e.g. a city's
	 * priority sectors), in the caller's transaction.
	 * @param action what happened
	 * @param entityType the logical entity type the change belongs to, e.g. "City"
	 * @param entityId the record's identifier
	 * @param label a readable name of the record
	 * @param username who made the change
	 * @param at when
	 * @param changes the fields changed, as text
	 */
	@Transactional
	public void record(AuditAction action, String entityType, String entityId, String label, String username,
			Instant at, List<AuditFieldChange> changes) {
		org.springframework.jdbc.support.KeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc
			.sql("insert into audit_entry (occurred_at, username, action, entity_type, entity_id, entity_label) "
					+ "values (?, ?, ?, ?, ?, ?)")
			.params(java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC), truncate(username, 100),
					action.name(), entityType, entityId, (label != null) ? truncate(label, 255) : null)
			.update(key, "id");
		long entryId = key.getKeyAs(Number.class).longValue();
		for (AuditFieldChange change : changes) {
			this.jdbc.sql("insert into audit_change (entry_id, field, old_value, new_value) values (?, ?, ?, ?)")
				.params(entryId, change.field(), change.oldValue(), change.newValue())
				.update();
		}
	}

	private static String truncate(String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length);
	}

	/**
	 * The recorded changes of one record, newest first.
	 * @param entityType the logical entity type (see {@link Audited#value()})
	 * @param entityId the record's identifier
	 */
	@Transactional(readOnly = true)
	public List<AuditEntryView> historyOf(String entityType, Object entityId) {
		if (entityType == null || entityId == null) {
			return List.of();
		}
		List<Row> rows = this.jdbc
			.sql(COLUMNS + " where e.entity_type = :type and e.entity_id = :id order by e.occurred_at desc, e.id desc")
			.param("type", entityType)
			.param("id", String.valueOf(entityId))
			.query(AuditTrail::row)
			.list();
		return withChanges(rows);
	}

	/**
	 * One page of the entries matching the query.
	 * @param page the page number from 0; negative counts as 0
	 * @param size entries per page, between 1 and {@value #MAX_PAGE_SIZE}
	 * @param oldestFirst order by time ascending instead of newest first
	 */
	@Transactional(readOnly = true)
	public AuditPage search(AuditQuery query, int page, int size, boolean oldestFirst) {
		int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		int pageNumber = Math.max(0, page);
		Map<String, Object> params = new HashMap<>();
		String where = where((query != null) ? query : AuditQuery.all(), params);
		long total = this.jdbc.sql("select count(*) from audit_entry e" + where)
			.params(params)
			.query(Long.class)
			.single();
		String direction = oldestFirst ? "asc" : "desc";
		params.put("limit", pageSize);
		params.put("offset", (long) pageNumber * pageSize);
		List<Row> rows = this.jdbc
			.sql(COLUMNS + where + " order by e.occurred_at " + direction + ", e.id " + direction
					+ " limit :limit offset :offset")
			.params(params)
			.query(AuditTrail::row)
			.list();
		return AuditPage.of(withChanges(rows), pageNumber, pageSize, total);
	}

	/** The entity types that have entries, for choosing one. */
	@Transactional(readOnly = true)
	public List<String> entityTypes() {
		return this.jdbc.sql("select distinct entity_type from audit_entry order by entity_type")
			.query(String.class)
			.list();
	}

	/** The users that have entries, for choosing one. */
	@Transactional(readOnly = true)
	public List<String> usernames() {
		return this.jdbc.sql("select distinct username from audit_entry order by username").query(String.class).list();
	}

	private static String where(AuditQuery query, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		if (hasText(query.username())) {
			where.append(" and e.username = :username");
			params.put("username", query.username().strip());
		}
		if (hasText(query.entityType())) {
			where.append(" and e.entity_type = :entityType");
			params.put("entityType", query.entityType().strip());
		}
		if (hasText(query.entityId())) {
			where.append(" and e.entity_id = :entityId");
			params.put("entityId", query.entityId().strip());
		}
		if (query.action() != null) {
			where.append(" and e.action = :action");
			params.put("action", query.action().name());
		}
		if (query.from() != null) {
			where.append(" and e.occurred_at >= :from");
			params.put("from", clamped(query.from()));
		}
		if (query.to() != null) {
			where.append(" and e.occurred_at < :to");
			params.put("to", clamped(query.to()));
		}
		if (hasText(query.text())) {
			where.append(" and (lower(e.entity_label) like :text escape '!' or lower(e.entity_id) like :text escape '!'"
					+ " or exists (select 1 from audit_change c where c.entry_id = e.id and"
					+ " (lower(c.field) like :text escape '!' or lower(c.old_value) like :text escape '!'"
					+ " or lower(c.new_value) like :text escape '!')))");
			params.put("text", "%" + likeEscaped(query.text().strip().toLowerCase(Locale.ROOT)) + "%");
		}
		return where.toString();
	}

	private static OffsetDateTime clamped(Instant instant) {
		Instant bounded = instant.isBefore(EARLIEST) ? EARLIEST : instant.isAfter(LATEST) ? LATEST : instant;
		return OffsetDateTime.ofInstant(bounded, ZoneOffset.UTC);
	}

	private static String likeEscaped(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private List<AuditEntryView> withChanges(List<Row> rows) {
		Map<Long, List<AuditFieldChange>> changes = new LinkedHashMap<>();
		rows.forEach((row) -> changes.put(row.id(), new ArrayList<>()));
		List<Long> ids = List.copyOf(changes.keySet());
		for (int start = 0; start < ids.size(); start += IN_LIST_CHUNK) {
			List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + IN_LIST_CHUNK));
			this.jdbc
				.sql("select entry_id, field, old_value, new_value from audit_change where entry_id in (:ids)"
						+ " order by entry_id, id")
				.param("ids", chunk)
				.query((rs) -> {
					changes.get(rs.getLong("entry_id"))
						.add(new AuditFieldChange(rs.getString("field"), rs.getString("old_value"),
								rs.getString("new_value")));
				});
		}
		return rows.stream().map((row) -> row.view(changes.get(row.id()))).toList();
	}

	private static Row row(ResultSet rs, int rowNumber) throws SQLException {
		return new Row(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("username"),
				AuditAction.valueOf(rs.getString("action")), rs.getString("entity_type"), rs.getString("entity_id"),
				rs.getString("entity_label"));
	}

	private record Row(long id, OffsetDateTime occurredAt, String username, AuditAction action, String entityType,
			String entityId, String entityLabel) {

		AuditEntryView view(List<AuditFieldChange> changes) {
			return new AuditEntryView(this.id, this.occurredAt.toInstant(), this.username, this.action, this.entityType,
					this.entityId, this.entityLabel, changes);
		}

	}

}
