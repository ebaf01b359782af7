package org.integra.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a message that could not be sent is tried again: after each failed attempt the
 * next delay of the list (the last one repeats), until the maximum number of attempts is
 * reached and the message is given up as failed.
 * <p>
 * An optional jitter lengthens each delay by up to the given fraction, so that messages
 * queued together do not all retry in the same instant. It is derived from a seed (the
 * message's id), never from a random source, so the same message always gets the same
 * schedule.
 */
public final class RetrySchedule {

	/** 1 min, 5 min, 15 min, 1 h, 3 h. */
	public static final List<Duration> DEFAULT_DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
			Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(3));

	public static final int DEFAULT_MAX_ATTEMPTS = 6;

	private final List<Duration> delays;

	private final int maxAttempts;

	private final double jitter;

	/**
	 * @param delays the waits after the first, second… failed attempt; the last repeats
	 * @param maxAttempts attempts after which a message is given up, at least 1
	 * @param jitter fraction of the delay added at most, 0 (none) to 1
	 */
	public RetrySchedule(List<Duration> delays, int maxAttempts, double jitter) {
		if (delays == null || delays.isEmpty()) {
			throw new IllegalArgumentException("at least one retry delay is needed");
		}
		if (delays.stream().anyMatch((delay) -> delay == null || delay.isNegative() || delay.isZero())) {
			throw new IllegalArgumentException("retry delays must be positive: " + delays);
		}
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("max attempts must be at least 1, not " + maxAttempts);
		}
		if (!(jitter >= 0 && jitter <= 1)) {
			throw new IllegalArgumentException("jitter must be between 0 and 1, not " + jitter);
		}
		this.delays = List.copyOf(delays);
		this.maxAttempts = maxAttempts;
		this.jitter = jitter;
	}

	/** The default delays and attempts, without jitter. */
	public static RetrySchedule standard() {
		return new RetrySchedule(DEFAULT_DELAYS, DEFAULT_MAX_ATTEMPTS, 0);
	}

	/**
	 * When to try again after a failed attempt.
	 * @param attemptsMade attempts made so far, the failed one included (1 after the
	 * first failure)
	 * @param failedAt when the attempt failed
	 * @param seed spreads the jitter; the message's id
	 * @return the time of the next attempt, or empty when the message is to be given up
	 */
	public Optional<Instant> nextAttempt(int attemptsMade, Instant failedAt, long seed) {
		if (attemptsMade >= this.maxAttempts) {
			return Optional.empty();
		}
		Duration delay = delay(Math.max(1, attemptsMade));
		long extraMillis = Math.round(delay.toMillis() * this.jitter * fraction(seed));
		return Optional.of(failedAt.plus(delay).plusMillis(extraMillis));
	}

	/** The delay after the given failed attempt (1-based), without jitter. */
	public Duration delay(int attempt) {
		return this.delays.get(Math.min(Math.max(attempt, 1), this.delays.size()) - 1);
	}

	public int maxAttempts() {
		return this.maxAttempts;
	}

	public double jitter() {
		return this.jitter;
	}

	/** A number from 0 (included) to 1 (excluded) that depends only on the seed. */
	static double fraction(long seed) {
		long mixed = seed * 0x9E3779B97F4A7C15L;
		mixed ^= (mixed >>> 31);
		return (mixed >>> 11) * 0x1.0p-53;
	}

}
