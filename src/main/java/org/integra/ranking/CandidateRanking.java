package org.integra.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.integra.ranking.engine.Alternative;
import org.integra.ranking.engine.PreparedRanking;
import org.integra.ranking.engine.RankingEngine;
import org.integra.ranking.engine.RankingResult;
import org.integra.ranking.engine.TopNProbability;
import org.integra.ranking.engine.WeightedCriterion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks the eligible cities under a scoring model version, with its weights or with
 * weights a person is trying out, and measures how robust the top N is.
 * <p>
 * The cities and their values come from the {@link RankingCache}; rankings prepared from
 * them are kept there per method, eligibility rules and set of weighted criteria, so
 * moving a weight only re-scores.
 */
@Service
@Transactional(readOnly = true)
public class CandidateRanking {

	/** Fixed, so the same question gets the same answer. */
	private static final long SEED = 2017;

	private final RankingCache cache;

	private final int samples;

	private final double defaultSpread;

	private final int defaultTop;

	CandidateRanking(RankingCache cache, RankingProperties settings) {
		this.cache = cache;
		this.samples = Math.max(10_000, settings.samples());
		this.defaultSpread = settings.weightSpread();
		this.defaultTop = settings.top();
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
		RankingSnapshot snapshot = this.cache.snapshot();
		List<Criterion> taking = takingPart(snapshot, weights);
		String preparedKey = version.getMethod() + "|" + version.getEligibility() + "|"
				+ taking.stream().map((criterion) -> criterion.getId().toString()).collect(Collectors.joining(","));
		PreparedRanking prepared = this.cache.prepared(snapshot, preparedKey,
				() -> prepare(snapshot, version, taking, taking.stream().mapToDouble((criterion) -> 1.0).toArray()));
		double[] relative = taking.stream().mapToDouble((criterion) -> weights.get(criterion.getId())).toArray();
		RankingResult result = this.cache.result(snapshot,
				version.getMethod() + "|" + version.getEligibility() + "|"
						+ Arrays.toString(taking.stream().mapToLong(Criterion::getId).toArray()) + "|"
						+ Arrays.toString(relative),
				() -> prepared.rank(relative));
		return new RankingView(version, taking, Collections.unmodifiableMap(new TreeMap<>(weights)), result,
				eligibleCities(snapshot, version),
				snapshot.cities.size() - prepared.size() - prepared.incomplete().size());
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
		RankingSnapshot snapshot = this.cache.snapshot();
		List<Criterion> taking = takingPart(snapshot, weights);
		String key = version.getId() + "|"
				+ taking.stream()
					.map((criterion) -> criterion.getId() + "=" + weights.get(criterion.getId()))
					.collect(Collectors.joining(","))
				+ "|" + topN + "|" + spreadPoints;
		return this.cache.robustness(snapshot, key, () -> {
			double[] relative = taking.stream().mapToDouble((criterion) -> weights.get(criterion.getId())).toArray();
			PreparedRanking prepared = prepare(snapshot, version, taking, relative);
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
		List<WeightedCriterion> criteria = new ArrayList<>(taking.size());
		for (int k = 0; k < taking.size(); k++) {
			Criterion criterion = taking.get(k);
			criteria.add(new WeightedCriterion(criterion.getId().toString(), criterion.getDirection(), weights[k]));
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

	private Map<String, RankedCity> eligibleCities(RankingSnapshot snapshot, ScoringModelVersion version) {
		EligibilityRules rules = version.getEligibility();
		return this.cache.eligible(snapshot, rules.toString(), () -> {
			Map<String, RankedCity> cities = new HashMap<>();
			for (RankedCity city : snapshot.cities) {
				if (rules.admits(city.relation(), city.countryRelation())) {
					cities.put(Long.toString(city.id()), city);
				}
			}
			return Collections.unmodifiableMap(cities);
		});
	}

}
