package org.integra.audit.capture;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.integra.audit.AuditAction;

import static org.assertj.core.api.Assertions.assertThat;

class PendingEntriesTests {

	private static final Instant NOW = Instant.parse("2017-05-02T12:00:00Z");

	@Test
	void anUpdateAfterACreateOfTheSameRecordFoldsIntoIt() {
		PendingEntries entries = new PendingEntries();
		PendingEntry created = entries.entryFor(AuditAction.CREATE, "Invitation", "7", NOW, "ana");

		PendingEntry updated = entries.entryFor(AuditAction.UPDATE, "Invitation", "7", NOW, "ana");

		assertThat(updated).isSameAs(created);
		assertThat(entries.inOrder()).containsExactly(created);
	}

	@Test
	void recordsOfAnotherTypeOrIdGetTheirOwnEntriesInOrder() {
		PendingEntries entries = new PendingEntries();
		PendingEntry first = entries.entryFor(AuditAction.CREATE, "Invitation", "7", NOW, "ana");
		PendingEntry otherId = entries.entryFor(AuditAction.CREATE, "Invitation", "8", NOW, "ana");
		PendingEntry otherType = entries.entryFor(AuditAction.CREATE, "Event", "7", NOW, "ana");

		assertThat(entries.inOrder()).containsExactly(first, otherId, otherType);
	}

	@Test
	void aDeleteAfterAnUpdateStartsANewEntryAndLaterChangesFoldIntoTheLatest() {
		PendingEntries entries = new PendingEntries();
		PendingEntry updated = entries.entryFor(AuditAction.UPDATE, "Event", "3", NOW, "ana");
		entries.entryFor(AuditAction.CREATE, "Event", "4", NOW, "ana");

		PendingEntry deleted = entries.entryFor(AuditAction.DELETE, "Event", "3", NOW, "ana");
		PendingEntry deletedAgain = entries.entryFor(AuditAction.DELETE, "Event", "3", NOW, "ana");

		assertThat(deleted).isNotSameAs(updated);
		assertThat(deletedAgain).isSameAs(deleted);
		assertThat(entries.inOrder()).hasSize(3).endsWith(deleted);
	}

	@Test
	void tenThousandRecordsAreCollectedOncePerRecord() {
		PendingEntries entries = new PendingEntries();
		for (int i = 0; i < 10_000; i++) {
			entries.entryFor(AuditAction.CREATE, "Invitation", Integer.toString(i), NOW, "ana");
			entries.entryFor(AuditAction.UPDATE, "Invitation", Integer.toString(i), NOW, "ana");
		}

		assertThat(entries.inOrder()).hasSize(10_000);
	}

}
