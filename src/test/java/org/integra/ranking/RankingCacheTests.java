package org.integra.ranking;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.cache.Cache;
import org.springframework.cache.caffeine.CaffeineCacheManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RankingCacheTests {

	private static Cache cache(String name) {
		CaffeineCacheManager manager = new CaffeineCacheManager();
		RankingCacheConfiguration.register(manager);
		return manager.getCache(name);
	}

	@Test
	void aSlowComputationDoesNotHoldUpOtherKeys() throws Exception {
		Cache cache = cache(RankingCacheConfiguration.ROBUSTNESS);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> RankingCache.get(cache, "slow", () -> {
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return "slow";
		}));
		assertThat(RankingCache.<String>get(cache, "fast", () -> "fast")).isEqualTo("fast");
		assertThat(slow).isNotDone();
		release.countDown();
		assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo("slow");
	}

	@Test
	void computesAKeyOnceAndForgetsFailures() {
		Cache cache = cache(RankingCacheConfiguration.RESULTS);
		AtomicInteger calls = new AtomicInteger();
		assertThat(RankingCache.<Integer>get(cache, "a", calls::incrementAndGet)).isEqualTo(1);
		assertThat(RankingCache.<Integer>get(cache, "a", calls::incrementAndGet)).isEqualTo(1);
		assertThatThrownBy(() -> RankingCache.<Integer>get(cache, "b", () -> {
			throw new IllegalArgumentException("ranking.model.weights.allZero");
		})).isInstanceOf(IllegalArgumentException.class).hasMessage("ranking.model.weights.allZero");
		assertThat(RankingCache.<Integer>get(cache, "b", () -> 7)).isEqualTo(7);
	}

	@Test
	void keepsABoundedNumberOfEntries() {
		Cache cache = cache(RankingCacheConfiguration.PREPARED);
		for (int i = 0; i < 100; i++) {
			int value = i;
			RankingCache.get(cache, "key" + i, () -> value);
		}
		com.github.benmanes.caffeine.cache.Cache<?, ?> caffeine = (com.github.benmanes.caffeine.cache.Cache<?, ?>) cache
			.getNativeCache();
		caffeine.cleanUp();
		assertThat(caffeine.estimatedSize()).isLessThanOrEqualTo(16);
	}

}
