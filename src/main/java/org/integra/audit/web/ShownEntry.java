package org.integra.audit.web;

import java.time.Instant;
import java.util.List;

import org.integra.audit.AuditAction;

/**
 * An entry of the audit trail as pages show it: labels in the user's language, records by
 * name, times in the display zone.
 *
 * @param occurredAt when it happened, for the {@code datetime} attribute
 * @param when the same time as shown, to the second, in the display zone
 * @param who the user, or a label for the application itself
 * @param action what happened
 * @param type the label of the record's type
 * @param record the record's name, linked to its page while it exists
 * @param changes the fields recorded
 */
public record ShownEntry(Instant occurredAt, String when, String who, AuditAction action, String type,
		ShownValue record, List<ShownChange> changes) {

	public ShownEntry {
		changes = List.copyOf(changes);
	}

}
