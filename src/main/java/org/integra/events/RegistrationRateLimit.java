package org.integra.events;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Limits the public registrations sent from one client address: a token bucket of
 * {@value #CAPACITY} submissions, refilled over {@link #PERIOD}. The address is the
 * request's remote address (behind a proxy, set {@code server.forward-headers-strategy}).
 * The buckets live in this instance's memory.
 */
@Component
public class RegistrationRateLimit {

	private static final Logger log = LoggerFactory.getLogger(RegistrationRateLimit.class);

	/** Submissions one address may send at once. */
	public static final int CAPACITY = 10;

	/** The time in which a full bucket refills. */
	public static final Duration PERIOD = Duration.ofMinutes(10);

	private static final int SWEEP_ABOVE = 10_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	/** Whether the address may send one more submission now (and counts it). */
	public boolean tryAcquire(String address) {
		String key = (address != null) ? address : "";
		if (this.buckets.size() > SWEEP_ABOVE) {
			this.buckets.values().removeIf((bucket) -> bucket.getAvailableTokens() >= CAPACITY);
		}
		Bucket bucket = this.buckets.computeIfAbsent(key,
				(k) -> Bucket.builder()
					.addLimit((limit) -> limit.capacity(CAPACITY).refillGreedy(CAPACITY, PERIOD))
					.build());
		boolean consumed = bucket.tryConsume(1);
		if (!consumed) {
			log.warn("Public registration refused: too many submissions from {} (limit {} per {})", key, CAPACITY,
					PERIOD);
		}
		return consumed;
	}

}
