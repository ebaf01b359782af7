package org.integra.audit.capture;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.integra.audit.AuditAction;

/**
 * The entries one transaction has collected, in the order they happened, with the latest
 * entry of each record at hand: a transaction that changes thousands of records (an
 * invitation round) finds the entry to fold into without rescanning the others.
 */
final class PendingEntries {

	private final List<PendingEntry> entries = new ArrayList<>();

	private final Map<String, PendingEntry> latestByRecord = new HashMap<>();

	/**
	 * The entry a change of that action about that record folds into: the record's latest
	 * entry when it absorbs the action, otherwise a new one.
	 */
	PendingEntry entryFor(AuditAction action, String entityType, String entityId, Instant now, String username) {
		String key = entityType + '\u0000' + entityId;
		PendingEntry latest = this.latestByRecord.get(key);
		if (latest != null && latest.absorbs(action)) {
			return latest;
		}
		PendingEntry entry = new PendingEntry(now, username, action, entityType, entityId);
		this.entries.add(entry);
		this.latestByRecord.put(key, entry);
		return entry;
	}

	List<PendingEntry> inOrder() {
		return this.entries;
	}

}
