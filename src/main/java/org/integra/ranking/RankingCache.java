package org.integra.ranking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the ranking keeps between requests. The cities and their values are loaded once
 * and kept until the data change (see {@link RankingChanges} and
 * {@link RankingSnapshot#fingerprint}), or for at most
 * {@link RankingCacheConfiguration#SNAPSHOT_MAX_AGE}; what is computed from a snapshot is
 * kept per snapshot and key, and forgotten when a new snapshot is loaded. A computation
 * that fails is not kept.
 */
@Component
class RankingCache {

	private final Cache snapshots;

	private final Cache prepared;

	private final Cache results;

	private final Cache robustness;

	private final Cache eligible;

	private final JdbcClient jdbc;

	private final RankingData data;

	private final Clock clock;

	/**
	 * How long the cities table is trusted not to have changed: checking costs a count
	 * over all cities, too much for every request with tens of thousands of them. Changes
	 * made through the ranking module itself are seen at once.
	 */
	private final Duration cityCheckInterval;

	private volatile String cityFingerprint = "";

	private volatile Instant cityCheckedAt = Instant.MIN;

	private volatile RankingSnapshot latest;

	RankingCache(CacheManager caches, JdbcClient jdbc, RankingData data, Clock clock, RankingProperties settings) {
		this.snapshots = cache(caches, RankingCacheConfiguration.SNAPSHOTS);
		this.prepared = cache(caches, RankingCacheConfiguration.PREPARED);
		this.results = cache(caches, RankingCacheConfiguration.RESULTS);
		this.robustness = cache(caches, RankingCacheConfiguration.ROBUSTNESS);
		this.eligible = cache(caches, RankingCacheConfiguration.ELIGIBLE);
		this.jdbc = jdbc;
		this.data = data;
		this.clock = clock;
		this.cityCheckInterval = settings.cityCheckInterval();
	}

	/** The cities and values as they are now, loaded only when they changed. */
	RankingSnapshot snapshot() {
		String fingerprint = fingerprint(this.clock.instant());
		RankingSnapshot snapshot = get(this.snapshots, fingerprint, () -> RankingSnapshot.load(this.jdbc,
				this.data.activeCriteria(), this.data.feeSchedule(), fingerprint));
		RankingSnapshot previous = this.latest;
		if (snapshot != previous) {
			this.latest = snapshot;
			// the old snapshot and what was computed from it are never asked for again
			if (previous != null && !previous.fingerprint.equals(fingerprint)) {
				this.snapshots.evict(previous.fingerprint);
			}
			List.of(this.prepared, this.results, this.robustness, this.eligible).forEach(Cache::clear);
		}
		return snapshot;
	}

	<T> T prepared(RankingSnapshot snapshot, String key, Supplier<T> compute) {
		return get(this.prepared, new Key(snapshot, key), compute);
	}

	<T> T result(RankingSnapshot snapshot, String key, Supplier<T> compute) {
		return get(this.results, new Key(snapshot, key), compute);
	}

	<T> T robustness(RankingSnapshot snapshot, String key, Supplier<T> compute) {
		return get(this.robustness, new Key(snapshot, key), compute);
	}

	<T> T eligible(RankingSnapshot snapshot, String key, Supplier<T> compute) {
		return get(this.eligible, new Key(snapshot, key), compute);
	}

	private String fingerprint(Instant now) {
		if (!this.cityCheckedAt.plus(this.cityCheckInterval).isAfter(now)) {
			this.cityFingerprint = RankingSnapshot.cityFingerprint(this.jdbc);
			this.cityCheckedAt = now;
		}
		return this.cityFingerprint + "/" + RankingChanges.generation();
	}

	/**
	 * The cached value, computed once per key: a second caller of the same key waits for
	 * the first. A failure reaches the caller as it was thrown and is not kept.
	 */
	@SuppressWarnings("unchecked")
	static <T> T get(Cache cache, Object key, Supplier<T> compute) {
		try {
			return (T) cache.get(key, compute::get);
		}
		catch (Cache.ValueRetrievalException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw ex;
		}
	}

	private static Cache cache(CacheManager caches, String name) {
		Cache cache = caches.getCache(name);
		if (cache == null) {
			throw new IllegalStateException("no cache " + name);
		}
		return cache;
	}

	/** A computation from one snapshot: the same key of another snapshot is another. */
	private record Key(RankingSnapshot snapshot, String key) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Key that && this.snapshot == that.snapshot && this.key.equals(that.key);
		}

		@Override
		public int hashCode() {
			return 31 * System.identityHashCode(this.snapshot) + this.key.hashCode();
		}

	}

}
