package org.integra.audit;

import java.time.Instant;

/**
 * Filters for searching the audit trail; every {@code null} or blank filter matches
 * everything.
 *
 * @param username exactly this user
 * @param entityType exactly this logical entity type
 * @param entityId exactly this record identifier
 * @param action only this action
 * @param from at or after this instant
 * @param to before this instant
 * @param text contained (ignoring case) in a field name, a value before or after, the
 * record's label or its identifier
 */
public record AuditQuery(String username, String entityType, String entityId, AuditAction action, Instant from,
		Instant to, String text) {

	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null, null);
	}

}
