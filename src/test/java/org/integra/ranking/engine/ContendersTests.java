package org.integra.ranking.engine;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.integra.ranking.SyntheticCities;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Monte Carlo loop only scores the rows that can reach the top N somewhere in the
 * sampled weight region; these tests check that no row left out ever does.
 */
class ContendersTests {

	@ParameterizedTest
	@EnumSource(Method.class)
	void noRowLeftOutIsEverInTheTopNOfASample(Method method) {
		PreparedRanking prepared = RankingEngine.prepare(SyntheticCities.criteria(8),
				SyntheticCities.cities(3000, 8, 7), method);
		RobustnessAnalysis analysis = prepared.robustness();
		double spread = 0.10;
		int topN = 10;
		int[] contenders = analysis.contenders(topN, spread);
		assertThat(contenders).isSorted();
		// the TOPSIS bounds pair the extremes of two distances reached at different
		// weights,
		// so they prune less than the exact weighted-sum bounds
		assertThat(analysis.contenders(topN, 0.02).length).as("with ±2 points most rows cannot reach the top 10")
			.isLessThan(prepared.size() / ((method == Method.WEIGHTED_SUM) ? 10 : 3));

		boolean[] kept = new boolean[prepared.size()];
		Arrays.stream(contenders).forEach((row) -> kept[row] = true);
		WeightSampler sampler = new WeightSampler(prepared.weights(), spread);
		SplittableRandom random = new SplittableRandom(11);
		double[] weights = new double[prepared.criteria().size()];
		double[] scores = new double[prepared.size()];
		int[] heap = new int[topN];
		boolean[] members = new boolean[prepared.size()];
		ScoreModel model = ScoreModel.of(method,
				DecisionMatrix.of(SyntheticCities.criteria(8), SyntheticCities.cities(3000, 8, 7)));
		for (int s = 0; s < 2000; s++) {
			sampler.sample(random, weights);
			model.score(weights, scores);
			RankOrder.selectTop(scores, topN, heap, members);
			for (int row : heap) {
				assertThat(kept[row]).as("row %d in the top %d of sample %d", row, topN, s).isTrue();
			}
		}
	}

	@ParameterizedTest
	@EnumSource(Method.class)
	void probabilitiesOfRowsLeftOutAreZeroAndTheySumToN(Method method) {
		PreparedRanking prepared = RankingEngine.prepare(SyntheticCities.criteria(6), SyntheticCities.cities(800, 6, 3),
				method);
		var probabilities = prepared.robustness().topNProbabilities(5, 10, 10_000, 1);
		double sum = probabilities.stream().mapToDouble(TopNProbability::probability).sum();
		assertThat(sum).isCloseTo(5.0, org.assertj.core.data.Offset.offset(1e-9));
		int[] contenders = prepared.robustness().contenders(5, 0.10);
		long positive = probabilities.stream().filter((p) -> p.probability() > 0).count();
		assertThat(positive).isLessThanOrEqualTo(contenders.length);
	}

	@ParameterizedTest
	@EnumSource(Method.class)
	void aTopAsLargeAsTheListKeepsEveryRow(Method method) {
		PreparedRanking prepared = RankingEngine.prepare(SyntheticCities.criteria(3), SyntheticCities.cities(20, 3, 5),
				method);
		assertThat(prepared.robustness().contenders(20, 0.1)).isEqualTo(IntStream.range(0, prepared.size()).toArray());
	}

}
