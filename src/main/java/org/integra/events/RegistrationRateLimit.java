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
 * {@code integra.events.registration-rate.capacity} submissions (10), refilled over
 * {@code integra.events.registration-rate.period} (ten minutes). The address is the
 * request's remote address (behind a proxy, set {@code server.forward-headers-strategy}).
 * The buckets live in this instance's memory.
 */
@Component
public class RegistrationRateLimit {

	private static final Logger log = LoggerFactory.getLogger(RegistrationRateLimit.class);

	private static final int SWEEP_ABOVE = 10_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final int capacity;

	private final Duration period;

	RegistrationRateLimit(EventsProperties settings) {
		this.capacity = settings.registrationRate().capacity();
		this.period = settings.registrationRate().period();
	}

	/** Submissions one address may send at once. */
	public int capacity() {
		return this.capacity;
	}

	/** Whether the address may send one more submission now (and counts it). */
	public boolean tryAcquire(String address) {
		String key = (address != null) ? address : "";
		if (this.buckets.size() > SWEEP_ABOVE) {
			this.buckets.values().removeIf((bucket) -> bucket.getAvailableTokens() >= this.capacity);
		}
		Bucket bucket = this.buckets.computeIfAbsent(key,
				(k) -> Bucket.builder()
					.addLimit((limit) -> limit.capacity(this.capacity).refillGreedy(this.capacity, this.period))
					.build());
		boolean consumed = bucket.tryConsume(1);
		if (!consumed) {
			log.warn("Public registration refused: too many submissions from {} (limit {} per {})", key, this.capacity,
					this.period);
		}
		return consumed;
	}

}
