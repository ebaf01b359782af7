package org.integra.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports checked in a dry run and waiting for their user to apply them from the import
 * page, without uploading the file again: what the dry run read, stored as JSON under an
 * id the page's form carries. Only the user who uploaded it may apply it, only once, and
 * only within {@code integra.imports.pending-lifetime}; it is kept a while longer
 * ({@link #KEPT_AFTER_EXPIRY}) so that a form left open still says it expired, and purged
 * on a later dry run.
 */
@Component
public class PendingImports {

	/** How long an expired import is kept before it is purged. */
	public static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Duration lifetime;

	// a mapper of its own: the payload is the app's own data, not a request body, so the
	// web's customisations (NUL stripping) do not apply to it
	private final JsonMapper json = JsonMapper.builder().build();

	PendingImports(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock, ImportLimits limits) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.lifetime = limits.pendingLifetime();
	}

	/**
	 * Keeps what a dry run read until its user applies it, and purges the imports that
	 * expired more than {@link #KEPT_AFTER_EXPIRY} ago.
	 * @param kind which import it is, and the type of its payload
	 * @param owner the user name of who may apply it
	 * @param payload what the dry run read, written as JSON
	 * @return the id the import page's form carries
	 */
	@Transactional
	public <T> UUID store(Kind<T> kind, String owner, T payload) {
		Instant now = this.clock.instant();
		this.jdbc.sql("delete from pending_import where created_at < ?")
			.param(utc(now.minus(this.lifetime).minus(KEPT_AFTER_EXPIRY)))
			.update();
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into pending_import (id, owner_username, kind, payload, created_at) values (?, ?, ?, ?, ?)")
			.params(id, owner, kind.name(), this.json.writeValueAsString(payload), utc(now))
			.update();
		return id;
	}

	/**
	 * Applies a pending import at most once: in one transaction, marks it applied, runs
	 * the import on its payload and keeps the mark only if the import says it applied it;
	 * otherwise (or when the import fails) it stays waiting. A second request for the
	 * same import waits for the first and is told it was already applied.
	 * @param kind which import the caller applies
	 * @param id the id the form sent
	 * @param owner the user applying it
	 * @param importer applies the payload, in this transaction
	 * @param applied whether the importer's result means it applied the payload
	 * @throws NotFoundException when no import of this kind has this id for this owner:
	 * an id of someone else's import is not confirmed to exist
	 */
	public <T, R> Attempt<T, R> apply(Kind<T> kind, String id, String owner, Function<T, R> importer,
			Predicate<R> applied) {
		UUID key = parse(id).orElseThrow(PendingImports::notFound);
		return this.transactions.execute((status) -> {
			Instant now = this.clock.instant();
			int claimed = this.jdbc
				.sql("update pending_import set applied_at = ? where id = ? and owner_username = ? and kind = ? "
						+ "and applied_at is null and created_at > ?")
				.params(utc(now), key, owner, kind.name(), utc(now.minus(this.lifetime)))
				.update();
			Stored stored = this.jdbc
				.sql("select owner_username, kind, payload, applied_at from pending_import where id = ?")
				.param(key)
				.query((rs, row) -> new Stored(rs.getString("owner_username"), rs.getString("kind"),
						rs.getString("payload"), rs.getObject("applied_at", OffsetDateTime.class)))
				.optional()
				.filter((found) -> found.owner().equals(owner) && found.kind().equals(kind.name()))
				.orElseThrow(PendingImports::notFound);
			if (claimed == 0) {
				return new Attempt<T, R>(key, (stored.appliedAt() != null) ? State.ALREADY_APPLIED : State.EXPIRED,
						null, null);
			}
			T payload = read(stored.payload(), kind.type());
			if (payload == null) {
				status.setRollbackOnly();
				return new Attempt<T, R>(key, State.EXPIRED, null, null);
			}
			R result = importer.apply(payload);
			if (!applied.test(result)) {
				status.setRollbackOnly();
				return new Attempt<>(key, State.NOT_APPLIED, payload, result);
			}
			return new Attempt<>(key, State.APPLIED, payload, result);
		});
	}

	// a payload written before an upgrade changed its type cannot be applied: it is as
	// good as expired
	private <T> T read(String payload, Class<T> type) {
		try {
			return this.json.readValue(payload, type);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static Optional<UUID> parse(String id) {
		try {
			return (id != null) ? Optional.of(UUID.fromString(id.strip())) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static NotFoundException notFound() {
		return new NotFoundException("system.pendingImport.notFound");
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/**
	 * One import's kind.
	 *
	 * @param name how its rows are told apart from other imports', at most 50 characters
	 * @param type the type its payload is read back as
	 */
	public record Kind<T>(String name, Class<T> type) {

	}

	/** What became of a request to apply a pending import. */
	public enum State {

		/** Applied now. */
		APPLIED,

		/**
		 * The import ran but did not apply it (e.g. rows now bad); it is still waiting.
		 */
		NOT_APPLIED,

		/** Applied before: nothing was done. */
		ALREADY_APPLIED,

		/** Waited longer than its lifetime: nothing was done. */
		EXPIRED

	}

	/**
	 * @param id the pending import's id
	 * @param state what became of it
	 * @param payload what was stored, when the import ran; else null
	 * @param result what the import answered, when it ran; else null
	 */
	public record Attempt<T, R>(UUID id, State state, T payload, R result) {

	}

	private record Stored(String owner, String kind, String payload, OffsetDateTime appliedAt) {

	}

}
