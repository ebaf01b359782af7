package org.integra.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RetryScheduleTests {

	static final Instant FAILED_AT = Instant.parse("2026-03-02T10:00:00Z");

	@Test
	void waitsLongerAfterEachFailureThenGivesUpAfterTheMaximum() {
		RetrySchedule schedule = RetrySchedule.standard();
		assertThat(schedule.nextAttempt(1, FAILED_AT, 7)).contains(FAILED_AT.plus(Duration.ofMinutes(1)));
		assertThat(schedule.nextAttempt(2, FAILED_AT, 7)).contains(FAILED_AT.plus(Duration.ofMinutes(5)));
		assertThat(schedule.nextAttempt(3, FAILED_AT, 7)).contains(FAILED_AT.plus(Duration.ofMinutes(15)));
		assertThat(schedule.nextAttempt(4, FAILED_AT, 7)).contains(FAILED_AT.plus(Duration.ofHours(1)));
		assertThat(schedule.nextAttempt(5, FAILED_AT, 7)).contains(FAILED_AT.plus(Duration.ofHours(3)));
		assertThat(schedule.nextAttempt(6, FAILED_AT, 7)).isEmpty();
		assertThat(schedule.nextAttempt(7, FAILED_AT, 7)).as("past the maximum after an admin's retry").isEmpty();
		assertThat(schedule.maxAttempts()).isEqualTo(6);
	}

	@Test
	void theLastDelayRepeatsWhenMoreAttemptsAreAllowedThanDelaysListed() {
		RetrySchedule schedule = new RetrySchedule(List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), 5, 0);
		assertThat(schedule.nextAttempt(1, FAILED_AT, 1)).contains(FAILED_AT.plusSeconds(60));
		assertThat(schedule.nextAttempt(2, FAILED_AT, 1)).contains(FAILED_AT.plusSeconds(600));
		assertThat(schedule.nextAttempt(4, FAILED_AT, 1)).contains(FAILED_AT.plusSeconds(600));
		assertThat(schedule.nextAttempt(5, FAILED_AT, 1)).isEmpty();
	}

	@Test
	void oneAttemptMeansNoRetry() {
		RetrySchedule schedule = new RetrySchedule(List.of(Duration.ofMinutes(1)), 1, 0);
		assertThat(schedule.nextAttempt(1, FAILED_AT, 1)).isEmpty();
	}

	@Test
	void jitterLengthensTheDelayWithinItsFractionTheSameWayForTheSameMessage() {
		RetrySchedule schedule = new RetrySchedule(List.of(Duration.ofMinutes(10)), 3, 0.1);
		for (long seed = 1; seed <= 500; seed++) {
			Instant next = schedule.nextAttempt(1, FAILED_AT, seed).orElseThrow();
			assertThat(next).isBetween(FAILED_AT.plus(Duration.ofMinutes(10)), FAILED_AT.plus(Duration.ofMinutes(11)));
			assertThat(schedule.nextAttempt(1, FAILED_AT, seed)).contains(next);
		}
		long distinct = java.util.stream.LongStream.rangeClosed(1, 100)
			.mapToObj((seed) -> schedule.nextAttempt(1, FAILED_AT, seed).orElseThrow())
			.distinct()
			.count();
		assertThat(distinct).as("messages spread over the jitter window").isGreaterThan(50);
	}

	@Test
	void fractionIsInTheUnitInterval() {
		for (long seed : new long[] { 0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, 42 }) {
			assertThat(RetrySchedule.fraction(seed)).isGreaterThanOrEqualTo(0).isLessThan(1);
		}
	}

	@Test
	void delayOfAnAttemptIgnoresJitterAndStaysInRange() {
		RetrySchedule schedule = RetrySchedule.standard();
		assertThat(schedule.delay(0)).isEqualTo(Duration.ofMinutes(1));
		assertThat(schedule.delay(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(schedule.delay(99)).isEqualTo(Duration.ofHours(3));
	}

	@Test
	void refusesSettingsThatMakeNoSense() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RetrySchedule(List.of(), 3, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new RetrySchedule(null, 3, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new RetrySchedule(List.of(Duration.ZERO), 3, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new RetrySchedule(List.of(Duration.ofMinutes(-1)), 3, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new RetrySchedule(List.of(Duration.ofMinutes(1)), 0, 0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetrySchedule(List.of(Duration.ofMinutes(1)), 3, -0.1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetrySchedule(List.of(Duration.ofMinutes(1)), 3, Double.NaN));
		assertThatIllegalArgumentException().isThrownBy(() -> new RetrySchedule(List.of(Duration.ofMinutes(1)), 3, 2));
	}

}
