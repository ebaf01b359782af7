package org.integra.ranking.engine;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.integra.ranking.engine.Direction.MORE_IS_BETTER;

class RobustnessAnalysisTests {

	private static Alternative city(String id, double... values) {
		return new Alternative(id, id, values);
	}

	@Test
	void weightedSumIntervalsAreTheHandComputedFlipWeights() {
		// normalised A = (1, 0, 0), B = (0, 1, 1); weights .6/.25/.15: A = .6, B = .4,
		// top 1 = A
		// w1 = t: A = t, B = 1 - t -> flips at .5
		// w2 = t: A = .8(1 - t), B = t + .2(1 - t) -> flips at .375
		// w3 = t: A = .6(1 - t)/.85, B = .25(1 - t)/.85 + t -> flips at .35/1.2
		PreparedRanking prepared = RankingEngine.prepare(List.of(new WeightedCriterion("c1", MORE_IS_BETTER, 0.6),
				new WeightedCriterion("c2", MORE_IS_BETTER, 0.25), new WeightedCriterion("c3", MORE_IS_BETTER, 0.15)),
				List.of(city("A", 1, 0, 0), city("B", 0, 1, 1)), Method.WEIGHTED_SUM);

		List<WeightInterval> intervals = prepared.robustness().weightIntervals(1);

		assertThat(intervals).extracting(WeightInterval::criterionId).containsExactly("c1", "c2", "c3");
		assertThat(intervals.get(0).lower()).isCloseTo(0.5, within(1e-12));
		assertThat(intervals.get(0).upper()).isEqualTo(1.0);
		assertThat(intervals.get(1).lower()).isEqualTo(0.0);
		assertThat(intervals.get(1).upper()).isCloseTo(0.375, within(1e-12));
		assertThat(intervals.get(2).lower()).isEqualTo(0.0);
		assertThat(intervals.get(2).upper()).isCloseTo(0.35 / 1.2, within(1e-12));
		assertThat(intervals.get(0).weight()).isCloseTo(0.6, within(1e-12));
	}

	@Test
	void weightedSumIntervalsOnlyCareAboutTheSetNotTheOrderInside() {
		// top 2 = {A, B} whatever the weights; C is dominated
		PreparedRanking prepared = RankingEngine.prepare(
				List.of(new WeightedCriterion("c1", MORE_IS_BETTER, 1), new WeightedCriterion("c2", MORE_IS_BETTER, 1)),
				List.of(city("A", 10, 5), city("B", 5, 10), city("C", 1, 1)), Method.WEIGHTED_SUM);

		assertThat(prepared.robustness().weightIntervals(2))
			.allSatisfy((interval) -> assertThat(interval.lower()).isZero())
			.allSatisfy((interval) -> assertThat(interval.upper()).isEqualTo(1.0));
	}

	@Test
	void topsisIntervalsFindTheSymmetricFlipByBisection() {
		// values (1, 0) and (0, 1): closeness of A is w1, of B is w2 -> flips at .5
		PreparedRanking prepared = RankingEngine.prepare(
				List.of(new WeightedCriterion("c1", MORE_IS_BETTER, 0.7),
						new WeightedCriterion("c2", MORE_IS_BETTER, 0.3)),
				List.of(city("A", 1, 0), city("B", 0, 1)), Method.TOPSIS);

		List<WeightInterval> intervals = prepared.robustness().weightIntervals(1);

		assertThat(intervals.get(0).lower()).isCloseTo(0.5, within(1e-6));
		assertThat(intervals.get(0).upper()).isEqualTo(1.0);
		assertThat(intervals.get(1).lower()).isEqualTo(0.0);
		assertThat(intervals.get(1).upper()).isCloseTo(0.5, within(1e-6));
	}

	@Test
	void aSingleCriterionCannotMove() {
		PreparedRanking prepared = RankingEngine.prepare(List.of(new WeightedCriterion("c1", MORE_IS_BETTER, 1)),
				List.of(city("A", 1), city("B", 2)), Method.WEIGHTED_SUM);

		assertThat(prepared.robustness().weightIntervals(1)).containsExactly(new WeightInterval("c1", 1, 1, 1));
	}

	@Test
	void aDominantAlternativeIsAlwaysInTheTopN() {
		for (Method method : Method.values()) {
			PreparedRanking prepared = RankingEngine.prepare(List.of(new WeightedCriterion("c1", MORE_IS_BETTER, 1),
					new WeightedCriterion("c2", MORE_IS_BETTER, 1), new WeightedCriterion("c3", MORE_IS_BETTER, 1)),
					List.of(city("Best", 9, 9, 9), city("B", 1, 5, 2), city("C", 5, 1, 3), city("D", 2, 2, 2)), method);

			List<TopNProbability> probabilities = prepared.robustness().topNProbabilities(1, 20, 10_000, 42);

			assertThat(probabilities.get(0)).isEqualTo(new TopNProbability("Best", "Best", 1.0));
			assertThat(probabilities.subList(1, 4)).allSatisfy((p) -> assertThat(p.probability()).isZero());
		}
	}

	@Test
	void symmetricAlternativesAreEachInTheTopHalfOfTheTime() {
		for (Method method : Method.values()) {
			PreparedRanking prepared = RankingEngine.prepare(
					List.of(new WeightedCriterion("c1", MORE_IS_BETTER, 1),
							new WeightedCriterion("c2", MORE_IS_BETTER, 1)),
					List.of(city("A", 1, 0), city("B", 0, 1)), method);

			List<TopNProbability> probabilities = prepared.robustness().topNProbabilities(1, 10, 20_000, 7);

			assertThat(probabilities).allSatisfy((p) -> assertThat(p.probability()).isCloseTo(0.5, within(0.02)));
			assertThat(probabilities.stream().mapToDouble(TopNProbability::probability).sum()).isCloseTo(1.0,
					within(1e-12));
		}
	}

	@Test
	void probabilitiesAreReproducibleForTheSameSeed() {
		PreparedRanking prepared = RankingEngine.prepare(
				List.of(new WeightedCriterion("c1", MORE_IS_BETTER, 2), new WeightedCriterion("c2", MORE_IS_BETTER, 1),
						new WeightedCriterion("c3", Direction.MORE_IS_WORSE, 1)),
				List.of(city("A", 5, 1, 3), city("B", 4, 3, 2), city("C", 3, 5, 2), city("D", 1, 1, 1)),
				Method.WEIGHTED_SUM);

		assertThat(prepared.robustness().topNProbabilities(2, 15, 10_000, 99))
			.isEqualTo(prepared.robustness().topNProbabilities(2, 15, 10_000, 99));
	}

	@Test
	void aTopNAsLargeAsTheRankingIsCertain() {
		PreparedRanking prepared = RankingEngine.prepare(
				List.of(new WeightedCriterion("c1", MORE_IS_BETTER, 1), new WeightedCriterion("c2", MORE_IS_BETTER, 1)),
				List.of(city("A", 1, 2), city("B", 2, 1)), Method.TOPSIS);

		assertThat(prepared.robustness().topNProbabilities(5, 10, 100, 1))
			.allSatisfy((p) -> assertThat(p.probability()).isEqualTo(1.0));
		assertThat(prepared.robustness().weightIntervals(5)).allSatisfy((i) -> assertThat(i.lower()).isZero())
			.allSatisfy((i) -> assertThat(i.upper()).isEqualTo(1.0));
	}

	@Test
	void aSpreadOfZeroKeepsTheChosenWeights() {
		PreparedRanking prepared = RankingEngine.prepare(List.of(new WeightedCriterion("c1", MORE_IS_BETTER, 0.7),
				new WeightedCriterion("c2", MORE_IS_BETTER, 0.2), new WeightedCriterion("c3", MORE_IS_BETTER, 0.1)),
				List.of(city("A", 1, 0, 0), city("B", 0, 1, 1)), Method.WEIGHTED_SUM);

		assertThat(prepared.robustness().topNProbabilities(1, 0, 1000, 1)).extracting(TopNProbability::probability)
			.containsExactly(1.0, 0.0);
	}

	@Test
	void invalidParametersAreRefused() {
		RobustnessAnalysis analysis = RankingEngine
			.prepare(List.of(new WeightedCriterion("c1", MORE_IS_BETTER, 1)), List.of(city("A", 1)),
					Method.WEIGHTED_SUM)
			.robustness();

		assertThatThrownBy(() -> analysis.weightIntervals(0)).isInstanceOf(InvalidRankingInputException.class);
		assertThatThrownBy(() -> analysis.topNProbabilities(1, -1, 10, 1))
			.isInstanceOf(InvalidRankingInputException.class);
		assertThatThrownBy(() -> analysis.topNProbabilities(1, 10, 0, 1))
			.isInstanceOf(InvalidRankingInputException.class);
	}

	@Test
	void sampledWeightsStayOnTheSimplexWithinTheSpread() {
		double[] chosen = { 0.5, 0.3, 0.15, 0.05 };
		WeightSampler sampler = new WeightSampler(chosen, 0.1);
		SplittableRandom random = new SplittableRandom(3);
		double[] weights = new double[4];
		double meanOfLast = 0;
		for (int s = 0; s < 10_000; s++) {
			sampler.sample(random, weights);
			double sum = 0;
			for (int j = 0; j < 4; j++) {
				assertThat(weights[j]).isBetween(Math.max(0, chosen[j] - 0.1) - 1e-12, chosen[j] + 0.1 + 1e-12);
				sum += weights[j];
			}
			assertThat(sum).isCloseTo(1.0, within(1e-12));
			meanOfLast += weights[3] / 10_000;
		}
		// the last weight may only grow (it is cut at 0 below): its mean lies above .05
		assertThat(meanOfLast).isGreaterThan(0.05);
	}

}
