package org.integra.audit.capture;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.integra.audit.AuditAction;
import org.integra.audit.AuditFieldChange;

/**
 * An audit entry collected during a transaction and not yet written. Several events about
 * the same record in one transaction (an update and a collection change, or a create and
 * a later update) fold into one entry.
 */
final class PendingEntry {

	private final Instant occurredAt;

	private final String username;

	private final AuditAction action;

	private final String entityType;

	private final String entityId;

	private String entityLabel;

	private final Map<String, AuditFieldChange> changes = new LinkedHashMap<>();

	PendingEntry(Instant occurredAt, String username, AuditAction action, String entityType, String entityId) {
		this.occurredAt = occurredAt;
		this.username = username;
		this.action = action;
		this.entityType = entityType;
		this.entityId = entityId;
	}

	/**
	 * Whether a later event of that action about the same record folds into this entry.
	 */
	boolean absorbs(AuditAction later) {
		return this.action == later || (this.action == AuditAction.CREATE && later == AuditAction.UPDATE);
	}

	void label(String label) {
		if (label != null) {
			this.entityLabel = label;
		}
	}

	/**
	 * Adds a field change, keeping the first value before and the last value after.
	 */
	void add(AuditFieldChange change) {
		AuditFieldChange existing = this.changes.get(change.field());
		switch (this.action) {
			case CREATE -> {
				if (change.newValue() == null) {
					this.changes.remove(change.field());
				}
				else {
					this.changes.put(change.field(), new AuditFieldChange(change.field(), null, change.newValue()));
				}
			}
			case DELETE -> {
				if (existing == null && change.oldValue() != null) {
					this.changes.put(change.field(), new AuditFieldChange(change.field(), change.oldValue(), null));
				}
			}
			case UPDATE -> {
				String before = (existing != null) ? existing.oldValue() : change.oldValue();
				if (Objects.equals(before, change.newValue())) {
					this.changes.remove(change.field());
				}
				else {
					this.changes.put(change.field(), new AuditFieldChange(change.field(), before, change.newValue()));
				}
			}
		}
	}

	/**
	 * An update that, all folded, changed nothing recorded is not worth an entry.
	 */
	boolean isWorthWriting() {
		return this.action != AuditAction.UPDATE || !this.changes.isEmpty();
	}

	Instant occurredAt() {
		return this.occurredAt;
	}

	String username() {
		return this.username;
	}

	AuditAction action() {
		return this.action;
	}

	String entityType() {
		return this.entityType;
	}

	String entityId() {
		return this.entityId;
	}

	String entityLabel() {
		return this.entityLabel;
	}

	Iterable<AuditFieldChange> changes() {
		return this.changes.values();
	}

}
