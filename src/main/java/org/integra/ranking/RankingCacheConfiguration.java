package org.integra.ranking;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ranking's caches, in Spring's cache abstraction backed by Caffeine: the loaded
 * cities and values (one snapshot, for at most {@link #SNAPSHOT_MAX_AGE}), and what is
 * computed from them, each bounded in size.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class RankingCacheConfiguration {

	static final String SNAPSHOTS = "ranking-snapshots";

	static final String PREPARED = "ranking-prepared";

	static final String RESULTS = "ranking-results";

	static final String ROBUSTNESS = "ranking-robustness";

	static final String ELIGIBLE = "ranking-eligible";

	/** Reloaded at least this often, even when nothing seems to have changed. */
	static final Duration SNAPSHOT_MAX_AGE = Duration.ofMinutes(5);

	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> rankingCaches() {
		return RankingCacheConfiguration::register;
	}

	/** Adds the ranking's caches to a cache manager. */
	static void register(CaffeineCacheManager manager) {
		// not bounded by size, whose eviction may refuse a new entry in favour of an old
		// one often read: RankingCache evicts the old snapshot when it loads a new one
		manager.registerCustomCache(SNAPSHOTS, Caffeine.newBuilder().expireAfterWrite(SNAPSHOT_MAX_AGE).build());
		manager.registerCustomCache(PREPARED, Caffeine.newBuilder().maximumSize(16).build());
		manager.registerCustomCache(RESULTS, Caffeine.newBuilder().maximumSize(32).build());
		manager.registerCustomCache(ROBUSTNESS, Caffeine.newBuilder().maximumSize(64).build());
		manager.registerCustomCache(ELIGIBLE, Caffeine.newBuilder().maximumSize(16).build());
	}

}
