package org.integra.ranking;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RankingMemoTests {

	@Test
	void aSlowComputationDoesNotHoldUpOtherKeys() throws Exception {
		CandidateRanking.Memo<String> memo = new CandidateRanking.Memo<>(8);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> memo.get("slow", () -> {
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return "slow";
		}));
		assertThat(memo.get("fast", () -> "fast")).isEqualTo("fast");
		assertThat(slow).isNotDone();
		release.countDown();
		assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo("slow");
	}

	@Test
	void computesAKeyOnceAndForgetsFailures() {
		CandidateRanking.Memo<Integer> memo = new CandidateRanking.Memo<>(8);
		AtomicInteger calls = new AtomicInteger();
		assertThat(memo.get("a", calls::incrementAndGet)).isEqualTo(1);
		assertThat(memo.get("a", calls::incrementAndGet)).isEqualTo(1);
		assertThatThrownBy(() -> memo.get("b", () -> {
			throw new IllegalArgumentException("ranking.model.weights.allZero");
		})).isInstanceOf(IllegalArgumentException.class).hasMessage("ranking.model.weights.allZero");
		assertThat(memo.get("b", () -> 7)).isEqualTo(7);
	}

	@Test
	void keepsOnlyTheNewestKeys() {
		CandidateRanking.Memo<Integer> memo = new CandidateRanking.Memo<>(2);
		memo.get("a", () -> 1);
		memo.get("b", () -> 2);
		memo.get("c", () -> 3);
		assertThat(memo.get("a", () -> 10)).isEqualTo(10);
		assertThat(memo.get("c", () -> 30)).isEqualTo(3);
	}

}
