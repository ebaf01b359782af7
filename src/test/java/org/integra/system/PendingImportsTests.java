package org.integra.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.integra.IntegraTest;
import org.integra.accounts.MutableClock;
import org.integra.system.PendingImports.Attempt;
import org.integra.system.PendingImports.Kind;
import org.integra.system.PendingImports.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Pending imports on the database the tests run on (H2, or PostgreSQL with the postgres
 * profile): stored and read back whole, applied once and only by their owner, left
 * waiting when the import does not apply them, expired after their lifetime and purged
 * later.
 */
@IntegraTest
class PendingImportsTests {

	static final Kind<Sample> SAMPLE = new Kind<>("test.sample", Sample.class);

	static final Kind<Sample> OTHER_KIND = new Kind<>("test.other", Sample.class);

	@Autowired
	PendingImports pending;

	@Autowired
	ImportLimits limits;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private static String owner() {
		return "pending." + UUID.randomUUID().toString().substring(0, 8);
	}

	private static Sample sample(String name) {
		return new Sample(name, new byte[] { 0, 1, (byte) 0xff, 'a' }, Arrays.asList("línea 1", null, "línea\u00003"));
	}

	private Attempt<Sample, Boolean> apply(Kind<Sample> kind, Object id, String owner, List<Sample> seen) {
		return this.pending.apply(kind, String.valueOf(id), owner, (payload) -> {
			seen.add(payload);
			return true;
		}, Boolean::booleanValue);
	}

	private long rows(UUID id) {
		return this.jdbc.sql("select count(*) from pending_import where id = ?").param(id).query(Long.class).single();
	}

	@Test
	void theOwnerAppliesThePayloadAsItWasStored() {
		String owner = owner();
		UUID id = this.pending.store(SAMPLE, owner, sample("valores.csv"));
		List<Sample> seen = new ArrayList<>();
		Attempt<Sample, Boolean> attempt = apply(SAMPLE, id, owner, seen);
		assertThat(attempt.state()).isEqualTo(State.APPLIED);
		assertThat(attempt.id()).isEqualTo(id);
		assertThat(seen).singleElement().satisfies((payload) -> {
			assertThat(payload.name()).isEqualTo("valores.csv");
			assertThat(payload.content()).containsExactly(0, 1, 0xff, 'a');
			// NUL and accents survive: the payload is JSON, which escapes NUL
			assertThat(payload.lines()).containsExactly("línea 1", null, "línea\u00003");
		});
		assertThat(this.jdbc.sql("select applied_at from pending_import where id = ?")
			.param(id)
			.query(java.time.OffsetDateTime.class)
			.single()).isNotNull();
	}

	@Test
	void aSecondApplyIsToldItWasAlreadyAppliedAndRunsNothing() {
		String owner = owner();
		UUID id = this.pending.store(SAMPLE, owner, sample("dos.csv"));
		List<Sample> seen = new ArrayList<>();
		assertThat(apply(SAMPLE, id, owner, seen).state()).isEqualTo(State.APPLIED);
		Attempt<Sample, Boolean> again = apply(SAMPLE, id, owner, seen);
		assertThat(again.state()).isEqualTo(State.ALREADY_APPLIED);
		assertThat(again.payload()).isNull();
		assertThat(again.result()).isNull();
		assertThat(seen).hasSize(1);
	}

	@Test
	void anotherUsersImportIsNotFoundAndStaysWaitingForItsOwner() {
		String owner = owner();
		UUID id = this.pending.store(SAMPLE, owner, sample("ajeno.csv"));
		List<Sample> seen = new ArrayList<>();
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> apply(SAMPLE, id, owner(), seen))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("system.pendingImport.notFound"));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> apply(SAMPLE, id, owner.toUpperCase(), seen));
		assertThat(seen).isEmpty();
		assertThat(apply(SAMPLE, id, owner, seen).state()).isEqualTo(State.APPLIED);
	}

	@Test
	void unknownOrMalformedIdsAndAnotherKindAreNotFound() {
		String owner = owner();
		UUID id = this.pending.store(SAMPLE, owner, sample("tipo.csv"));
		List<Sample> seen = new ArrayList<>();
		for (Object unknown : new Object[] { UUID.randomUUID(), "not-an-id", "", "1", null, id + "'" }) {
			assertThatExceptionOfType(NotFoundException.class).as("%s", unknown)
				.isThrownBy(() -> apply(SAMPLE, unknown, owner, seen));
		}
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> apply(OTHER_KIND, id, owner, seen));
		assertThat(seen).isEmpty();
		assertThat(apply(SAMPLE, " " + id + " ", owner, seen).state()).isEqualTo(State.APPLIED);
	}

	@Test
	void anImportThatDoesNotApplyLeavesItWaiting() {
		String owner = owner();
		UUID id = this.pending.store(SAMPLE, owner, sample("espera.csv"));
		AtomicInteger runs = new AtomicInteger();
		Attempt<Sample, Boolean> refused = this.pending.apply(SAMPLE, id.toString(), owner, (payload) -> {
			runs.incrementAndGet();
			return false;
		}, Boolean::booleanValue);
		assertThat(refused.state()).isEqualTo(State.NOT_APPLIED);
		assertThat(refused.payload().name()).isEqualTo("espera.csv");
		assertThat(refused.result()).isFalse();
		assertThat(this.jdbc.sql("select count(*) from pending_import where id = ? and applied_at is null")
			.param(id)
			.query(Long.class)
			.single()).isOne();
		assertThat(apply(SAMPLE, id, owner, new ArrayList<>()).state()).isEqualTo(State.APPLIED);
		assertThat(runs).hasValue(1);
	}

	@Test
	void aFailingImportLeavesItWaitingAndUndoesItsWrites() {
		String owner = owner();
		UUID id = this.pending.store(SAMPLE, owner, sample("falla.csv"));
		String marker = "pending.rollback." + UUID.randomUUID();
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.pending.apply(SAMPLE, id.toString(), owner, (payload) -> {
				this.jdbc.sql("insert into demo_seed (name, loaded_at) values (?, current_timestamp)")
					.param(marker)
					.update();
				throw new IllegalStateException("the import broke");
			}, (Boolean result) -> true));
		assertThat(
				this.jdbc.sql("select count(*) from demo_seed where name = ?").param(marker).query(Long.class).single())
			.isZero();
		assertThat(apply(SAMPLE, id, owner, new ArrayList<>()).state()).isEqualTo(State.APPLIED);
	}

	@Test
	void anImportExpiresAfterItsLifetimeAndRunsNothing() {
		Duration lifetime = this.limits.pendingLifetime();
		assertThat(lifetime).isEqualTo(Duration.ofHours(1));
		String owner = owner();
		this.clock.freeze();
		UUID early = this.pending.store(SAMPLE, owner, sample("a-tiempo.csv"));
		UUID late = this.pending.store(SAMPLE, owner, sample("tarde.csv"));
		List<Sample> seen = new ArrayList<>();
		this.clock.advance(lifetime.minusSeconds(1));
		assertThat(apply(SAMPLE, early, owner, seen).state()).isEqualTo(State.APPLIED);
		this.clock.advance(Duration.ofSeconds(1));
		Attempt<Sample, Boolean> expired = apply(SAMPLE, late, owner, seen);
		assertThat(expired.state()).isEqualTo(State.EXPIRED);
		assertThat(expired.payload()).isNull();
		assertThat(seen).extracting(Sample::name).containsExactly("a-tiempo.csv");
		// an applied import that then expired still says it was applied
		assertThat(apply(SAMPLE, early, owner, seen).state()).isEqualTo(State.ALREADY_APPLIED);
		// and another user still gets no answer about it
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> apply(SAMPLE, late, owner(), seen));
	}

	@Test
	void expiredImportsArePurgedOnALaterStoreOnceTheyHaveBeenKeptLongEnough() {
		String owner = owner();
		this.clock.freeze();
		UUID old = this.pending.store(SAMPLE, owner, sample("viejo.csv"));
		this.clock.advance(this.limits.pendingLifetime().plus(PendingImports.KEPT_AFTER_EXPIRY));
		UUID kept = this.pending.store(SAMPLE, owner, sample("conservado.csv"));
		assertThat(rows(old)).as("expired, still kept to say so").isOne();
		assertThat(apply(SAMPLE, old, owner, new ArrayList<>()).state()).isEqualTo(State.EXPIRED);
		this.clock.advance(Duration.ofSeconds(1));
		this.pending.store(SAMPLE, owner(), sample("nuevo.csv"));
		assertThat(rows(old)).as("purged").isZero();
		assertThat(rows(kept)).isOne();
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> apply(SAMPLE, old, owner, new ArrayList<>()));
	}

	@Test
	void aLargePayloadIsStoredWhole() {
		String owner = owner();
		byte[] content = new byte[3 * 1024 * 1024];
		Arrays.fill(content, (byte) 'x');
		String line = "ñ".repeat(600_000);
		UUID id = this.pending.store(SAMPLE, owner, new Sample("grande.csv", content, List.of(line)));
		List<Sample> seen = new ArrayList<>();
		assertThat(apply(SAMPLE, id, owner, seen).state()).isEqualTo(State.APPLIED);
		assertThat(seen.get(0).content()).hasSize(content.length).containsOnly('x');
		assertThat(seen.get(0).lines()).containsExactly(line);
	}

	@Test
	void twoRequestsApplyingTheSameImportAtOnceApplyItOnce() throws Exception {
		String owner = owner();
		UUID id = this.pending.store(SAMPLE, owner, sample("a-la-vez.csv"));
		AtomicInteger runs = new AtomicInteger();
		CountDownLatch firstRunning = new CountDownLatch(1);
		CompletableFuture<State> first = CompletableFuture
			.supplyAsync(() -> this.pending.apply(SAMPLE, id.toString(), owner, (payload) -> {
				runs.incrementAndGet();
				firstRunning.countDown();
				sleep(300);
				return true;
			}, Boolean::booleanValue).state());
		assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
		State second = this.pending.apply(SAMPLE, id.toString(), owner, (payload) -> {
			runs.incrementAndGet();
			return true;
		}, Boolean::booleanValue).state();
		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(State.APPLIED);
		assertThat(second).isEqualTo(State.ALREADY_APPLIED);
		assertThat(runs).hasValue(1);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	record Sample(String name, byte[] content, List<String> lines) {
	}

}
