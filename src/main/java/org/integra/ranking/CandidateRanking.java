package org.integra.ranking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.integra.ranking.engine.Alternative;
import org.integra.ranking.engine.Direction;
import org.integra.ranking.engine.PreparedRanking;
import org.integra.ranking.engine.RankingEngine;
import org.integra.ranking.engine.RankingResult;
import org.integra.ranking.engine.TopNProbability;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks the eligible cities under a scoring model version, with its weights or with
 * weights a person is trying out, and measures how robust the top N is.
 * <p>
 * The cities and their values are loaded once and kept until the data change (see
 * {@link RankingChanges} and {@link RankingSnapshot#fingerprint}), or for at most
 * {@link #MAX_AGE}; rankings prepared from them are kept per method, eligibility rules
 * and set of weighted criteria, so moving a weight only re-scores.
 */
@Service
@Transactional(readOnly = true)
public class CandidateRanking {

	static final Duration MAX_AGE = Duration.ofMinutes(5);

	private static final int PREPARED_KEPT = 16;

	private static final int ROBUSTNESS_KEPT = 64;

	private static final int RESULTS_KEPT = 32;

	/** Fixed, so the same question gets the same answer. */
	private static final long SEED = 2017;

	private final JdbcClient jdbc;

	private final RankingData data;

	private final Clock clock;

	private final int samples;

	private final double defaultSpread;

	private final int defaultTop;

	/**
	 * How long the cities table is trusted not to have changed: checking costs a count
	 * over all cities, too much for every request with tens of thousands of them. Changes
	 * made through the ranking module itself are seen at once.
	 */
	private final Duration cityCheckInterval;

	private volatile Cache cache;

	CandidateRanking(JdbcClient jdbc, RankingData data, Clock clock,
			@Value("${integra.ranking.samples:10000}") int samples,
			@Value("${integra.ranking.weight-spread:10}") double defaultSpread,
			@Value("${integra.ranking.top:10}") int defaultTop,
			@Value("${integra.ranking.city-check-interval:1s}") Duration cityCheckInterval) {
		this.cityCheckInterval = cityCheckInterval;
		this.jdbc = jdbc;
		this.data = data;
		this.clock = clock;
		this.samples = Math.max(10_000, samples);
		this.defaultSpread = defaultSpread;
		this.defaultTop = defaultTop;
	}

	/** Weight samples drawn for top-N probabilities (at least 10,000). */
	public int samples() {
		return this.samples;
	}

	/** The ± percentage points sampled around the weights unless a person chooses. */
	public double defaultSpread() {
		return this.defaultSpread;
	}

	/** The size of the top unless a person chooses. */
	public int defaultTop() {
		return this.defaultTop;
	}

	/** Ranks with the version's own weights. */
	public RankingView rank(ScoringModelVersion version) {
		return rank(version, modelWeights(version));
	}

	/**
	 * Ranks with other relative weights per criterion id; criteria missing from the map
	 * weigh zero.
	 * @throws IllegalArgumentException with a message key if the weights are unusable
	 */
	public RankingView rank(ScoringModelVersion version, Map<Long, Double> weights) {
		Cache current = current();
		List<Criterion> taking = takingPart(current.snapshot, weights);
		PreparedRanking prepared = current.prepared(version, taking, () -> prepare(current.snapshot, version, taking,
				taking.stream().mapToDouble((criterion) -> 1.0).toArray()));
		double[] relative = taking.stream().mapToDouble((criterion) -> weights.get(criterion.getId())).toArray();
		RankingResult result = current.result(version.getMethod() + "|" + version.getEligibility() + "|"
				+ java.util.Arrays.toString(taking.stream().mapToLong(Criterion::getId).toArray()) + "|"
				+ java.util.Arrays.toString(relative), () -> prepared.rank(relative));
		return new RankingView(version, taking, Collections.unmodifiableMap(new TreeMap<>(weights)), result,
				current.eligibleCities(version),
				current.snapshot.cities.size() - prepared.size() - prepared.incomplete().size());
	}

	/**
	 * How robust the top N is: weight intervals per criterion and, per city, the
	 * probability of being in the top N when the weights are sampled within ±
	 * {@code spreadPoints} of {@code weights}.
	 */
	public RobustnessView robustness(ScoringModelVersion version, Map<Long, Double> weights, int topN,
			double spreadPoints) {
		if (topN < 1 || topN > 1000) {
			throw new IllegalArgumentException("ranking.robustness.top.invalid");
		}
		if (!(spreadPoints >= 0 && spreadPoints <= 50)) {
			throw new IllegalArgumentException("ranking.robustness.spread.invalid");
		}
		Cache current = current();
		List<Criterion> taking = takingPart(current.snapshot, weights);
		String key = version.getId() + "|"
				+ taking.stream()
					.map((criterion) -> criterion.getId() + "=" + weights.get(criterion.getId()))
					.collect(Collectors.joining(","))
				+ "|" + topN + "|" + spreadPoints;
		return current.robustness(key, () -> {
			double[] relative = taking.stream().mapToDouble((criterion) -> weights.get(criterion.getId())).toArray();
			PreparedRanking prepared = prepare(current.snapshot, version, taking, relative);
			Map<String, Double> probabilities = new LinkedHashMap<>();
			for (TopNProbability probability : prepared.robustness()
				.topNProbabilities(topN, spreadPoints, this.samples, SEED)) {
				if (probability.probability() > 0) {
					probabilities.put(probability.alternativeId(), probability.probability());
				}
			}
			return new RobustnessView(topN, spreadPoints, this.samples, prepared.robustness().weightIntervals(topN),
					Collections.unmodifiableMap(probabilities));
		});
	}

	/** The version's weights in percent (exact, not rounded), per criterion id. */
	public static Map<Long, Double> modelWeights(ScoringModelVersion version) {
		return new TreeMap<>(ModelWeights.percentages(version.getWeights()));
	}

	private static List<Criterion> takingPart(RankingSnapshot snapshot, Map<Long, Double> weights) {
		List<Criterion> taking = new ArrayList<>();
		double sum = 0;
		// the snapshot's criteria: changing a criterion makes a new snapshot
		// (RankingChanges)
		for (Criterion criterion : snapshot.criteria) {
			Double weight = weights.get(criterion.getId());
			if (weight == null || !criterion.isScoring()) {
				continue;
			}
			if (!Double.isFinite(weight) || weight < 0) {
				throw new IllegalArgumentException("ranking.model.weights.negative");
			}
			if (weight > 0) {
				taking.add(criterion);
				sum += weight;
			}
		}
		if (sum <= 0) {
			throw new IllegalArgumentException("ranking.model.weights.allZero");
		}
		return taking;
	}

	private static PreparedRanking prepare(RankingSnapshot snapshot, ScoringModelVersion version,
			List<Criterion> taking, double[] weights) {
		List<org.integra.ranking.engine.Criterion> criteria = new ArrayList<>(taking.size());
		for (int k = 0; k < taking.size(); k++) {
			Criterion criterion = taking.get(k);
			criteria.add(new org.integra.ranking.engine.Criterion(criterion.getId().toString(),
					(criterion.getDirection() == org.integra.ranking.Direction.MORE_IS_WORSE) ? Direction.MORE_IS_WORSE
							: Direction.MORE_IS_BETTER,
					weights[k]));
		}
		EligibilityRules rules = version.getEligibility();
		List<Alternative> alternatives = new ArrayList<>();
		for (int i = 0; i < snapshot.cities.size(); i++) {
			RankedCity city = snapshot.cities.get(i);
			if (!rules.admits(city.relation(), city.countryRelation())) {
				continue;
			}
			double[] values = new double[taking.size()];
			for (int k = 0; k < taking.size(); k++) {
				values[k] = snapshot.value(taking.get(k).getId(), i);
			}
			alternatives.add(new Alternative(Long.toString(city.id()), city.name(), values));
		}
		return RankingEngine.prepare(criteria, alternatives, version.getMethod());
	}

	private volatile String cityFingerprint = "";

	private volatile Instant cityCheckedAt = Instant.MIN;

	private String fingerprint(Instant now) {
		if (!this.cityCheckedAt.plus(this.cityCheckInterval).isAfter(now)) {
			this.cityFingerprint = RankingSnapshot.cityFingerprint(this.jdbc);
			this.cityCheckedAt = now;
		}
		return this.cityFingerprint + "/" + RankingChanges.generation();
	}

	private Cache current() {
		Instant now = this.clock.instant();
		String fingerprint = fingerprint(now);
		Cache cached = this.cache;
		if (cached != null && cached.snapshot.fingerprint.equals(fingerprint)
				&& cached.loadedAt.plus(MAX_AGE).isAfter(now)) {
			return cached;
		}
		synchronized (this) {
			cached = this.cache;
			if (cached != null && cached.snapshot.fingerprint.equals(fingerprint)
					&& cached.loadedAt.plus(MAX_AGE).isAfter(now)) {
				return cached;
			}
			Cache loaded = new Cache(
					RankingSnapshot.load(this.jdbc, this.data.activeCriteria(), this.data.feeSchedule(), fingerprint),
					now);
			this.cache = loaded;
			return loaded;
		}
	}

	private static final class Cache {

		final RankingSnapshot snapshot;

		final Instant loadedAt;

		private final Memo<PreparedRanking> prepared = new Memo<>(PREPARED_KEPT);

		private final Memo<RobustnessView> robustness = new Memo<>(ROBUSTNESS_KEPT);

		private final Memo<RankingResult> results = new Memo<>(RESULTS_KEPT);

		private final Memo<Map<String, RankedCity>> eligible = new Memo<>(PREPARED_KEPT);

		Cache(RankingSnapshot snapshot, Instant loadedAt) {
			this.snapshot = snapshot;
			this.loadedAt = loadedAt;
		}

		PreparedRanking prepared(ScoringModelVersion version, List<Criterion> taking,
				java.util.function.Supplier<PreparedRanking> prepare) {
			String key = version.getMethod() + "|" + version.getEligibility() + "|"
					+ taking.stream().map((criterion) -> criterion.getId().toString()).collect(Collectors.joining(","));
			return this.prepared.get(key, prepare);
		}

		RankingResult result(String key, java.util.function.Supplier<RankingResult> compute) {
			return this.results.get(key, compute);
		}

		RobustnessView robustness(String key, java.util.function.Supplier<RobustnessView> compute) {
			return this.robustness.get(key, compute);
		}

		Map<String, RankedCity> eligibleCities(ScoringModelVersion version) {
			EligibilityRules rules = version.getEligibility();
			return this.eligible.get(rules.toString(), () -> {
				Map<String, RankedCity> cities = new java.util.HashMap<>();
				for (RankedCity city : this.snapshot.cities) {
					if (rules.admits(city.relation(), city.countryRelation())) {
						cities.put(Long.toString(city.id()), city);
					}
				}
				return Collections.unmodifiableMap(cities);
			});
		}

	}

	/**
	 * Results computed once per key: a second caller of the same key waits for the first,
	 * callers of other keys (or of keys already computed) never wait. Holds the newest
	 * {@code size} keys.
	 */
	static final class Memo<T> {

		private final int size;

		private final Map<String, java.util.concurrent.FutureTask<T>> tasks = new java.util.concurrent.ConcurrentHashMap<>();

		private final java.util.Queue<String> order = new java.util.concurrent.ConcurrentLinkedQueue<>();

		Memo(int size) {
			this.size = size;
		}

		T get(String key, java.util.function.Supplier<T> compute) {
			java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(compute::get);
			java.util.concurrent.FutureTask<T> existing = this.tasks.putIfAbsent(key, task);
			if (existing == null) {
				existing = task;
				this.order.add(key);
				task.run();
				while (this.order.size() > this.size) {
					String oldest = this.order.poll();
					if (oldest != null) {
						this.tasks.remove(oldest);
					}
				}
			}
			try {
				return existing.get();
			}
			catch (java.util.concurrent.ExecutionException ex) {
				this.tasks.remove(key, existing);
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new IllegalStateException(ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

}
