package org.integra.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One recorded create, update or delete of a record.
 *
 * @param id the entry's number
 * @param occurredAt when it happened
 * @param username who did it; {@value AuditTrail#SYSTEM_USER} when nobody was signed in
 * @param action what happened
 * @param entityType the logical entity type, see {@link Audited#value()}
 * @param entityId the record's identifier as text
 * @param entityLabel a human label of the record at that time, if it has one
 * @param changes the fields recorded, in the entity's attribute order
 */
public record AuditEntryView(long id, Instant occurredAt, String username, AuditAction action, String entityType,
		String entityId, String entityLabel, List<AuditFieldChange> changes) {

	public AuditEntryView {
		changes = List.copyOf(changes);
	}

	/** The time in UTC, for display. */
	public OffsetDateTime occurredAtUtc() {
		return this.occurredAt.atOffset(ZoneOffset.UTC);
	}

}
