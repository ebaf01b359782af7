package org.integra.ranking.engine;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.integra.ranking.engine.Direction.MORE_IS_BETTER;
import static org.integra.ranking.engine.Direction.MORE_IS_WORSE;

class WeightedSumRankingTests {

	private static final double EPS = 1e-12;

	private static Alternative city(String id, double... values) {
		return new Alternative(id, "City " + id, values);
	}

	@Test
	void ranksAHandComputedExample() {
		// population (more is better) 100/200/300 -> 0, .5, 1; cost (more is worse)
		// 10/30/20 -> 1, 0, .5
		// weights 3:2 -> .6/.4; A = .4, B = .3, C = .6 + .2 = .8
		RankingResult result = RankingEngine.rank(
				List.of(new WeightedCriterion("population", MORE_IS_BETTER, 3),
						new WeightedCriterion("cost", MORE_IS_WORSE, 2)),
				List.of(city("A", 100, 10), city("B", 200, 30), city("C", 300, 20)), Method.WEIGHTED_SUM);

		assertThat(result.weights()).containsExactly(0.6, 0.4);
		assertThat(result.ranked()).extracting(RankedAlternative::alternativeId).containsExactly("C", "A", "B");
		assertThat(result.ranked()).extracting(RankedAlternative::rank).containsExactly(1, 2, 3);
		assertThat(result.ranked()).extracting(RankedAlternative::score)
			.satisfiesExactly((s) -> assertThat(s).isCloseTo(0.8, within(EPS)),
					(s) -> assertThat(s).isCloseTo(0.4, within(EPS)), (s) -> assertThat(s).isCloseTo(0.3, within(EPS)));
		List<Contribution> c = result.ranked().get(0).contributions();
		assertThat(c).extracting(Contribution::criterionId).containsExactly("population", "cost");
		assertThat(c.get(0).value()).isEqualTo(300);
		assertThat(c.get(0).normalisedValue()).isCloseTo(1.0, within(EPS));
		assertThat(c.get(0).weightedValue()).isCloseTo(0.6, within(EPS));
		assertThat(c.get(1).normalisedValue()).isCloseTo(0.5, within(EPS));
		assertThat(c.get(1).weightedValue()).isCloseTo(0.2, within(EPS));
		assertThat(c.get(1).gapToIdeal()).isCloseTo(0.2, within(EPS));
		for (RankedAlternative row : result.ranked()) {
			assertThat(row.contributions().stream().mapToDouble(Contribution::weightedValue).sum())
				.isCloseTo(row.score(), within(EPS));
		}
		assertThat(result.incomplete()).isEmpty();
	}

	@Test
	void equalScoresShareARankAndAreOrderedByLabel() {
		// D = 1, "Beta" (1, 0) = .5, "Alfa" (0, 1) = .5, C = 0 -> ranks 1, 2, 2, 4
		RankingResult result = RankingEngine.rank(
				List.of(new WeightedCriterion("a", MORE_IS_BETTER, 1), new WeightedCriterion("b", MORE_IS_BETTER, 1)),
				List.of(new Alternative("x1", "Beta", new double[] { 1, 0 }),
						new Alternative("x2", "Alfa", new double[] { 0, 1 }), city("C", 0, 0), city("D", 1, 1)),
				Method.WEIGHTED_SUM);

		assertThat(result.ranked()).extracting(RankedAlternative::label)
			.containsExactly("City D", "Alfa", "Beta", "City C");
		assertThat(result.ranked()).extracting(RankedAlternative::rank).containsExactly(1, 2, 2, 4);
	}

	@Test
	void tiesWithEqualLabelsAreOrderedById() {
		RankingResult result = RankingEngine.rank(List.of(new WeightedCriterion("a", MORE_IS_BETTER, 1)),
				List.of(new Alternative("z", "Same", new double[] { 1 }),
						new Alternative("m", "Same", new double[] { 1 }),
						new Alternative("a", "Same", new double[] { 1 })),
				Method.WEIGHTED_SUM);

		assertThat(result.ranked()).extracting(RankedAlternative::alternativeId).containsExactly("a", "m", "z");
		assertThat(result.ranked()).extracting(RankedAlternative::rank).containsExactly(1, 1, 1);
	}

	@Test
	void aCriterionWhereAllValuesAreEqualGivesEveryoneTheFullWeight() {
		// 0/0 in min-max is defined as 1: every city gets the full .5 of "port"
		RankingResult result = RankingEngine.rank(
				List.of(new WeightedCriterion("port", MORE_IS_BETTER, 1),
						new WeightedCriterion("population", MORE_IS_BETTER, 1)),
				List.of(city("A", 1, 10), city("B", 1, 30), city("C", 1, 20)), Method.WEIGHTED_SUM);

		assertThat(result.ranked()).extracting(RankedAlternative::alternativeId).containsExactly("B", "C", "A");
		assertThat(result.ranked()).extracting(RankedAlternative::score)
			.satisfiesExactly((s) -> assertThat(s).isCloseTo(1.0, within(EPS)),
					(s) -> assertThat(s).isCloseTo(0.75, within(EPS)),
					(s) -> assertThat(s).isCloseTo(0.5, within(EPS)));
		assertThat(result.ranked())
			.allSatisfy((row) -> assertThat(row.contributions().get(0).normalisedValue()).isEqualTo(1.0));
	}

	@Test
	void anAlternativeWithAMissingValueIsListedAsIncompleteAndNotScored() {
		// without B the population range is 10..20, so A = 0 and C = 1
		RankingResult result = RankingEngine.rank(
				List.of(new WeightedCriterion("population", MORE_IS_BETTER, 1),
						new WeightedCriterion("port", MORE_IS_BETTER, 1)),
				List.of(city("A", 10, 1), city("B", 1000, Alternative.MISSING), city("C", 20, 1)), Method.WEIGHTED_SUM);

		assertThat(result.ranked()).extracting(RankedAlternative::alternativeId).containsExactly("C", "A");
		assertThat(result.ranked().get(1).score()).isCloseTo(0.5, within(EPS));
		assertThat(result.incomplete()).containsExactly(new IncompleteAlternative("B", "City B", List.of("port")));
	}

	@Test
	void aSingleAlternativeGetsRankOneAndFullScore() {
		RankingResult result = RankingEngine.rank(
				List.of(new WeightedCriterion("a", MORE_IS_BETTER, 1), new WeightedCriterion("b", MORE_IS_WORSE, 1)),
				List.of(city("A", 3, 7)), Method.WEIGHTED_SUM);

		assertThat(result.ranked()).singleElement().satisfies((row) -> {
			assertThat(row.rank()).isEqualTo(1);
			assertThat(row.score()).isCloseTo(1.0, within(EPS));
		});
	}

	@Test
	void noAlternativesGiveAnEmptyRanking() {
		RankingResult result = RankingEngine.rank(List.of(new WeightedCriterion("a", MORE_IS_BETTER, 1)), List.of(),
				Method.WEIGHTED_SUM);

		assertThat(result.ranked()).isEmpty();
	}

	@Test
	void aCriterionOfWeightZeroIsIgnoredEvenWhereItsValueIsMissing() {
		RankingResult result = RankingEngine.rank(
				List.of(new WeightedCriterion("a", MORE_IS_BETTER, 2),
						new WeightedCriterion("ignored", MORE_IS_WORSE, 0)),
				List.of(city("A", 1, Alternative.MISSING), city("B", 2, 100)), Method.WEIGHTED_SUM);

		assertThat(result.criterionIds()).containsExactly("a");
		assertThat(result.weights()).containsExactly(1.0);
		assertThat(result.ranked()).extracting(RankedAlternative::alternativeId).containsExactly("B", "A");
		assertThat(result.incomplete()).isEmpty();
	}

	@Test
	void weightsAreNormalisedToSumOne() {
		List<Alternative> cities = List.of(city("A", 1, 0), city("B", 0, 1));
		RankingResult raw = RankingEngine.rank(
				List.of(new WeightedCriterion("a", MORE_IS_BETTER, 30), new WeightedCriterion("b", MORE_IS_BETTER, 10)),
				cities, Method.WEIGHTED_SUM);
		RankingResult share = RankingEngine.rank(List.of(new WeightedCriterion("a", MORE_IS_BETTER, 0.75),
				new WeightedCriterion("b", MORE_IS_BETTER, 0.25)), cities, Method.WEIGHTED_SUM);

		assertThat(raw.weights()).containsExactly(0.75, 0.25);
		assertThat(raw.ranked()).isEqualTo(share.ranked());
	}

	@Test
	void negativeWeightsAreRefused() {
		assertThatThrownBy(() -> new WeightedCriterion("a", MORE_IS_BETTER, -1)).isInstanceOfSatisfying(
				InvalidRankingInputException.class,
				(e) -> assertThat(e.reason()).isEqualTo(InvalidRankingInputException.Reason.NEGATIVE_WEIGHT));
		PreparedRanking prepared = RankingEngine.prepare(List.of(new WeightedCriterion("a", MORE_IS_BETTER, 1)),
				List.of(city("A", 1)), Method.WEIGHTED_SUM);
		assertThatThrownBy(() -> prepared.rank(new double[] { -0.5 })).isInstanceOfSatisfying(
				InvalidRankingInputException.class,
				(e) -> assertThat(e.reason()).isEqualTo(InvalidRankingInputException.Reason.NEGATIVE_WEIGHT));
	}

	@Test
	void allWeightsZeroAreRefusedWithAClearError() {
		assertThatThrownBy(() -> RankingEngine.rank(
				List.of(new WeightedCriterion("a", MORE_IS_BETTER, 0), new WeightedCriterion("b", MORE_IS_WORSE, 0)),
				List.of(city("A", 1, 2)), Method.WEIGHTED_SUM))
			.isInstanceOfSatisfying(InvalidRankingInputException.class,
					(e) -> assertThat(e.reason()).isEqualTo(InvalidRankingInputException.Reason.ALL_WEIGHTS_ZERO))
			.hasMessageContaining("weight above zero");
	}

	@Test
	void wrongNumberOfValuesAndDuplicateIdsAreRefused() {
		List<WeightedCriterion> criteria = List.of(new WeightedCriterion("a", MORE_IS_BETTER, 1));
		assertThatThrownBy(() -> RankingEngine.rank(criteria, List.of(city("A", 1, 2)), Method.WEIGHTED_SUM))
			.isInstanceOf(InvalidRankingInputException.class);
		assertThatThrownBy(() -> RankingEngine.rank(criteria, List.of(city("A", 1), city("A", 2)), Method.TOPSIS))
			.isInstanceOf(InvalidRankingInputException.class);
	}

	@Test
	void reRankingUnderOtherWeightsUsesTheSameNormalisation() {
		PreparedRanking prepared = RankingEngine.prepare(
				List.of(new WeightedCriterion("a", MORE_IS_BETTER, 1), new WeightedCriterion("b", MORE_IS_BETTER, 1)),
				List.of(city("A", 1, 0), city("B", 0, 1)), Method.WEIGHTED_SUM);

		assertThat(prepared.rank(new double[] { 1, 3 }).ranked()).extracting(RankedAlternative::alternativeId)
			.containsExactly("B", "A");
		assertThat(prepared.rank(new double[] { 3, 1 }).ranked()).extracting(RankedAlternative::alternativeId)
			.containsExactly("A", "B");
	}

}
