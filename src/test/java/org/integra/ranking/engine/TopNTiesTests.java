package org.integra.ranking.engine;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.integra.ranking.engine.Direction.MORE_IS_BETTER;

/**
 * How a tie across the line of the top N counts: the tied cities share the places left.
 */
class TopNTiesTests {

	@Test
	void citiesTiedAtTheLineShareThePlacesLeft() {
		double[] scores = { 0.9, 0.5, 0.5, 0.5, 0.1 };
		int[] heap = new int[2];
		RankOrder.selectTop(scores, 2, heap, new boolean[scores.length]);
		double[] counts = new double[scores.length];
		RobustnessAnalysis.countTop(scores, 2, heap, counts);
		// one place is left for three tied cities: a third each, whatever their names
		assertThat(counts).containsExactly(new double[] { 1, 1.0 / 3, 1.0 / 3, 1.0 / 3, 0 }, within(1e-12));
		assertThat(counts[0] + counts[1] + counts[2] + counts[3] + counts[4]).isCloseTo(2, within(1e-12));
	}

	@Test
	void tiesInsideTheTopCountFully() {
		double[] scores = { 0.9, 0.9, 0.5, 0.1 };
		int[] heap = new int[3];
		RankOrder.selectTop(scores, 3, heap, new boolean[scores.length]);
		double[] counts = new double[scores.length];
		RobustnessAnalysis.countTop(scores, 3, heap, counts);
		assertThat(counts).containsExactly(new double[] { 1, 1, 1, 0 }, within(1e-12));
	}

	@Test
	void identicalCitiesHaveEqualTopNProbabilities() {
		PreparedRanking prepared = RankingEngine.prepare(List.of(new WeightedCriterion("c1", MORE_IS_BETTER, 1)),
				List.of(new Alternative("A", "Alpha", new double[] { 5 }),
						new Alternative("B", "Beta", new double[] { 5 }),
						new Alternative("C", "Gamma", new double[] { 5 })),
				Method.WEIGHTED_SUM);
		Map<String, Double> probabilities = prepared.robustness()
			.topNProbabilities(1, 10, 10_000, 7)
			.stream()
			.collect(Collectors.toMap(TopNProbability::alternativeId, TopNProbability::probability));
		// before, "Alpha" always won the tie-break and got 1, the others 0
		assertThat(probabilities.values()).allSatisfy((p) -> assertThat(p).isCloseTo(1.0 / 3, within(1e-9)));
	}

}
