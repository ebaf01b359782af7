package org.integra.audit.capture;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.engine.spi.SharedSessionContractImplementor;

import org.integra.audit.AuditAction;
import org.integra.audit.AuditFieldChange;
import org.integra.audit.AuditTrail;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Collects the entries of each session's transaction and writes them when it is about to
 * commit. Hibernate discourages using the session inside post-event listeners, so the
 * listeners only collect; the writing happens in a before-completion callback, after the
 * final flush and still inside the transaction (the way Hibernate Envers does it). An
 * exception there makes the commit fail and roll back; a rollback discards the
 * collection.
 */
final class AuditRecorder {

	private final Clock clock;

	private final Map<SharedSessionContractImplementor, PendingEntries> pending = new ConcurrentHashMap<>();

	AuditRecorder(Clock clock) {
		this.clock = clock;
	}

	void record(SharedSessionContractImplementor session, AuditAction action, String entityType, String entityId,
			String label, List<AuditFieldChange> changes) {
		PendingEntry entry = entriesOf(session).entryFor(action, entityType, entityId, this.clock.instant(),
				currentUsername());
		entry.label(label);
		changes.forEach(entry::add);
		if (!session.isTransactionInProgress()) {
			// no transaction to wait for (auto-commit): write right away
			flush(session);
		}
	}

	private PendingEntries entriesOf(SharedSessionContractImplementor session) {
		return this.pending.computeIfAbsent(session, (owner) -> {
			var callbacks = owner.getTransactionCompletionCallbacks();
			callbacks.registerCallback(this::flush);
			callbacks.registerCallback((success, completed) -> this.pending.remove(completed));
			return new PendingEntries();
		});
	}

	private void flush(SharedSessionContractImplementor session) {
		PendingEntries entries = this.pending.remove(session);
		if (entries != null && !entries.inOrder().isEmpty()) {
			session.doWork((connection) -> AuditWriter.write(connection, entries.inOrder()));
		}
	}

	static String currentUsername() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken || authentication.getName() == null
				|| authentication.getName().isBlank()) {
			return AuditTrail.SYSTEM_USER;
		}
		return authentication.getName();
	}

}
