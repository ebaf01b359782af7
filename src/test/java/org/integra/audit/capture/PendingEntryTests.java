package org.integra.audit.capture;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.integra.audit.AuditAction;
import org.integra.audit.AuditFieldChange;

import static org.assertj.core.api.Assertions.assertThat;

class PendingEntryTests {

	@Test
	void updatesOfOneFieldKeepTheFirstBeforeAndTheLastAfter() {
		PendingEntry entry = entry(AuditAction.UPDATE);

		entry.add(new AuditFieldChange("roles", "ADMIN", null));
		entry.add(new AuditFieldChange("roles", null, "ADMIN, VIEWER"));

		assertThat(entry.changes()).containsExactly(new AuditFieldChange("roles", "ADMIN", "ADMIN, VIEWER"));
		assertThat(entry.isWorthWriting()).isTrue();
	}

	@Test
	void updatesThatEndWhereTheyStartedAreNotWorthWriting() {
		PendingEntry entry = entry(AuditAction.UPDATE);

		entry.add(new AuditFieldChange("name", "Cusco", "Cuzco"));
		entry.add(new AuditFieldChange("name", "Cuzco", "Cusco"));

		assertThat(entry.changes()).isEmpty();
		assertThat(entry.isWorthWriting()).isFalse();
	}

	@Test
	void updatesAfterACreateChangeTheValuesCreated() {
		PendingEntry entry = entry(AuditAction.CREATE);
		entry.add(new AuditFieldChange("name", null, "Cusco"));
		entry.add(new AuditFieldChange("note", null, "draft"));

		assertThat(entry.absorbs(AuditAction.UPDATE)).isTrue();
		entry.add(new AuditFieldChange("name", "Cusco", "Cuzco"));
		entry.add(new AuditFieldChange("note", "draft", null));

		assertThat(entry.changes()).containsExactly(new AuditFieldChange("name", null, "Cuzco"));
	}

	@Test
	void deletesKeepTheFirstValueBefore() {
		PendingEntry entry = entry(AuditAction.DELETE);

		entry.add(new AuditFieldChange("tags", "port", null));
		entry.add(new AuditFieldChange("tags", "other", null));
		entry.add(new AuditFieldChange("name", "Cusco", null));

		assertThat(entry.changes()).containsExactly(new AuditFieldChange("tags", "port", null),
				new AuditFieldChange("name", "Cusco", null));
		assertThat(entry.absorbs(AuditAction.UPDATE)).isFalse();
		assertThat(entry.isWorthWriting()).isTrue();
	}

	private static PendingEntry entry(AuditAction action) {
		return new PendingEntry(Instant.EPOCH, "ana", action, "City", "1");
	}

}
