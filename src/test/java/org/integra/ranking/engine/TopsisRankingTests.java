package org.integra.ranking.engine;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.integra.ranking.engine.Direction.MORE_IS_BETTER;
import static org.integra.ranking.engine.Direction.MORE_IS_WORSE;

class TopsisRankingTests {

	/**
	 * Published worked example: TOPSIS-Python (Anant99-sys/topsis, README; PyPI
	 * "topsis-antuanant" 0.0.3, https://github.com/Anant99-sys/topsis and
	 * https://libraries.io/pypi/topsis-antuanant/0.0.3), which takes it from Dr. Farhad
	 * Faez, "TOPSIS Method in MADM". Decision matrix a = [[7, 9, 9, 8], [8, 7, 8, 7], [9,
	 * 6, 8, 9], [6, 7, 8, 6]], weights w = [0.1, 0.4, 0.3, 0.2], criteria types I = [1,
	 * 1, 1, 0] (benefit, benefit, benefit, cost). Published closeness coefficients C =
	 * [0.74269409 0.40359933 0.17586999 0.44142927].
	 */
	@Test
	void matchesThePublishedTopsisPythonExampleToThreeDecimals() {
		List<WeightedCriterion> criteria = List.of(new WeightedCriterion("c1", MORE_IS_BETTER, 0.1),
				new WeightedCriterion("c2", MORE_IS_BETTER, 0.4), new WeightedCriterion("c3", MORE_IS_BETTER, 0.3),
				new WeightedCriterion("c4", MORE_IS_WORSE, 0.2));
		List<Alternative> alternatives = List.of(new Alternative("a1", "a1", new double[] { 7, 9, 9, 8 }),
				new Alternative("a2", "a2", new double[] { 8, 7, 8, 7 }),
				new Alternative("a3", "a3", new double[] { 9, 6, 8, 9 }),
				new Alternative("a4", "a4", new double[] { 6, 7, 8, 6 }));

		RankingResult result = RankingEngine.rank(criteria, alternatives, Method.TOPSIS);

		assertThat(result.ranked()).extracting(RankedAlternative::alternativeId)
			.containsExactly("a1", "a4", "a2", "a3");
		assertThat(result.ranked()).extracting(RankedAlternative::rank).containsExactly(1, 2, 3, 4);
		assertThat(result.ranked()).extracting(RankedAlternative::score)
			.satisfiesExactly((s) -> assertThat(s).isCloseTo(0.74269409, within(0.0005)),
					(s) -> assertThat(s).isCloseTo(0.44142927, within(0.0005)),
					(s) -> assertThat(s).isCloseTo(0.40359933, within(0.0005)),
					(s) -> assertThat(s).isCloseTo(0.17586999, within(0.0005)));
	}

	@Test
	void contributionsAddUpToTheSquaredDistancesThatGiveTheScore() {
		// two criteria, values (1, 0) and (0, 1): norms 1, ideal (w1, w2), anti-ideal (0,
		// 0)
		// A: D+ = .25, D- = .75 -> closeness .75
		RankingResult result = RankingEngine.rank(
				List.of(new WeightedCriterion("a", MORE_IS_BETTER, 3), new WeightedCriterion("b", MORE_IS_BETTER, 1)),
				List.of(new Alternative("A", "A", new double[] { 1, 0 }),
						new Alternative("B", "B", new double[] { 0, 1 })),
				Method.TOPSIS);

		RankedAlternative first = result.ranked().get(0);
		assertThat(first.alternativeId()).isEqualTo("A");
		assertThat(first.score()).isCloseTo(0.75, within(1e-12));
		assertThat(first.contributions()).extracting(Contribution::gapToIdeal).containsExactly(0.0, 0.0625);
		assertThat(first.contributions()).extracting(Contribution::gapToAntiIdeal).containsExactly(0.5625, 0.0);
		double toIdeal = Math.sqrt(first.contributions().stream().mapToDouble(Contribution::gapToIdeal).sum());
		double toAntiIdeal = Math.sqrt(first.contributions().stream().mapToDouble(Contribution::gapToAntiIdeal).sum());
		assertThat(toAntiIdeal / (toIdeal + toAntiIdeal)).isCloseTo(first.score(), within(1e-12));
	}

	@Test
	void aColumnOfZerosGivesNoNaNAndChangesNothing() {
		RankingResult result = RankingEngine.rank(
				List.of(new WeightedCriterion("zeros", MORE_IS_BETTER, 1),
						new WeightedCriterion("a", MORE_IS_BETTER, 1)),
				List.of(new Alternative("A", "A", new double[] { 0, 1 }),
						new Alternative("B", "B", new double[] { 0, 3 })),
				Method.TOPSIS);

		assertThat(result.ranked()).extracting(RankedAlternative::alternativeId).containsExactly("B", "A");
		assertThat(result.ranked()).extracting(RankedAlternative::score).containsExactly(1.0, 0.0);
		assertThat(result.ranked()).flatExtracting(RankedAlternative::contributions)
			.allSatisfy((c) -> assertThat(c.normalisedValue()).isNotNaN());
	}

	@Test
	void aCriterionWhereAllValuesAreEqualAddsNothingToEitherDistance() {
		RankingResult withConstant = RankingEngine.rank(
				List.of(new WeightedCriterion("same", MORE_IS_WORSE, 1), new WeightedCriterion("a", MORE_IS_BETTER, 1)),
				List.of(new Alternative("A", "A", new double[] { 5, 1 }),
						new Alternative("B", "B", new double[] { 5, 2 }),
						new Alternative("C", "C", new double[] { 5, 4 })),
				Method.TOPSIS);

		assertThat(withConstant.ranked()).extracting(RankedAlternative::alternativeId).containsExactly("C", "B", "A");
		// B: r = 2/sqrt(21), ideal 4/sqrt(21), anti 1/sqrt(21): closeness (2-1)/(4-1) =
		// 1/3
		assertThat(withConstant.ranked().get(1).score()).isCloseTo(1.0 / 3, within(1e-12));
		assertThat(withConstant.ranked()).allSatisfy((row) -> {
			assertThat(row.contributions().get(0).gapToIdeal()).isZero();
			assertThat(row.contributions().get(0).gapToAntiIdeal()).isZero();
		});
	}

	@Test
	void tiesShareARank() {
		RankingResult result = RankingEngine.rank(
				List.of(new WeightedCriterion("a", MORE_IS_BETTER, 1), new WeightedCriterion("b", MORE_IS_BETTER, 1)),
				List.of(new Alternative("x", "Zeta", new double[] { 1, 0 }),
						new Alternative("y", "Eta", new double[] { 0, 1 }),
						new Alternative("z", "Top", new double[] { 1, 1 }),
						new Alternative("w", "Low", new double[] { 0, 0 })),
				Method.TOPSIS);

		assertThat(result.ranked()).extracting(RankedAlternative::label).containsExactly("Top", "Eta", "Zeta", "Low");
		assertThat(result.ranked()).extracting(RankedAlternative::rank).containsExactly(1, 2, 2, 4);
		assertThat(result.ranked().get(1).score()).isCloseTo(0.5, within(1e-12));
	}

	@Test
	void aSingleAlternativeHasClosenessOne() {
		RankingResult result = RankingEngine.rank(List.of(new WeightedCriterion("a", MORE_IS_BETTER, 1)),
				List.of(new Alternative("A", "A", new double[] { 4 })), Method.TOPSIS);

		assertThat(result.ranked()).singleElement().satisfies((row) -> {
			assertThat(row.rank()).isEqualTo(1);
			assertThat(row.score()).isEqualTo(1.0);
		});
	}

	@Test
	void missingValuesExcludeTheAlternativeAndZeroWeightsAreIgnored() {
		RankingResult result = RankingEngine.rank(
				List.of(new WeightedCriterion("a", MORE_IS_BETTER, 1), new WeightedCriterion("b", MORE_IS_BETTER, 1),
						new WeightedCriterion("off", MORE_IS_BETTER, 0)),
				List.of(new Alternative("A", "A", new double[] { 1, 2, Alternative.MISSING }),
						new Alternative("B", "B", new double[] { Alternative.MISSING, 2, 1 }),
						new Alternative("C", "C", new double[] { 2, 2, 1 })),
				Method.TOPSIS);

		assertThat(result.ranked()).extracting(RankedAlternative::alternativeId).containsExactly("C", "A");
		assertThat(result.incomplete()).containsExactly(new IncompleteAlternative("B", "B", List.of("a")));
	}

}
