package org.integra.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserAccountTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));

	private final UserAccount account = new UserAccount("ana", "Ana", "{noop}x", Set.of(Role.VIEWER),
			this.clock.instant());

	@Test
	void fourFailuresDoNotLock() {
		fail(4);
		assertThat(this.account.isLockedAt(this.clock.instant())).isFalse();
		assertThat(this.account.getFailedLogins()).isEqualTo(4);
	}

	@Test
	void theFifthFailureLocksForFifteenMinutes() {
		fail(5);
		assertThat(this.account.isLockedAt(this.clock.instant())).isTrue();
		assertThat(this.account.getLockedUntil()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(15)));
		this.clock.advance(Duration.ofMinutes(14).plusSeconds(59));
		assertThat(this.account.isLockedAt(this.clock.instant())).isTrue();
	}

	@Test
	void theLockExpiresAfterFifteenMinutes() {
		fail(5);
		this.clock.advance(Duration.ofMinutes(15));
		assertThat(this.account.isLockedAt(this.clock.instant())).isFalse();
	}

	@Test
	void aSuccessResetsTheCount() {
		fail(4);
		this.account.recordSuccessfulLogin();
		fail(4);
		assertThat(this.account.isLockedAt(this.clock.instant())).isFalse();
		assertThat(this.account.getFailedLogins()).isEqualTo(4);
	}

	@Test
	void afterTheLockExpiresItTakesFiveNewFailuresToLockAgain() {
		fail(5);
		this.clock.advance(Duration.ofMinutes(16));
		fail(4);
		assertThat(this.account.isLockedAt(this.clock.instant())).isFalse();
		fail(1);
		assertThat(this.account.isLockedAt(this.clock.instant())).isTrue();
	}

	@Test
	void unlockLiftsTheLockAndTheCount() {
		fail(5);
		this.account.unlock();
		assertThat(this.account.isLockedAt(this.clock.instant())).isFalse();
		assertThat(this.account.getFailedLogins()).isZero();
	}

	private void fail(int times) {
		for (int i = 0; i < times; i++) {
			this.account.recordFailedLogin(this.clock.instant());
		}
	}

}
