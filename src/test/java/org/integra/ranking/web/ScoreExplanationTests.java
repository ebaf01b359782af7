package org.integra.ranking.web;

import java.util.List;

import org.integra.ranking.engine.Method;
import org.integra.ranking.web.ScoreExplanation.Line;
import org.integra.ranking.web.ScoreExplanation.Part;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreExplanationTests {

	// weighted sum: size weighs 0.6 and the city is at 0.5 of the range (0.3); port
	// weighs
	// 0.4 and it has the best value (0.4): score 0.7
	private static final List<Part> WEIGHTED = List.of(new Part("Size", 0.6, 0.3, 0.3, 0.3),
			new Part("Port", 0.4, 0.4, 0.0, 0.4));

	private static List<String> keys(List<Line> lines) {
		return lines.stream().map(Line::key).toList();
	}

	@Test
	void aFirstCityIsToldItIsFirst() {
		List<Line> lines = ScoreExplanation.explain(Method.WEIGHTED_SUM, "Rosario", 1, 12, 0.7, WEIGHTED, null, 0);
		assertThat(keys(lines)).containsExactly("ranking.explain.summary", "ranking.explain.method.weightedSum",
				"ranking.explain.strongest.weightedSum", "ranking.explain.weakest.weightedSum",
				"ranking.explain.first");
		assertThat(lines.get(0).arguments()).containsExactly("Rosario", 1, 12, 70.0);
		// port adds 40 of its 40 points, size loses 30 points against the best
		assertThat(lines.get(2).arguments()).containsExactly("Port", 40.0, 40.0);
		assertThat(lines.get(3).arguments()).containsExactly("Size", 30.0);
	}

	@Test
	void theGapToTheNextRankIsInPointsAndSaysWhetherOneCriterionCloses() {
		List<Line> reachable = ScoreExplanation.explain(Method.WEIGHTED_SUM, "Rosario", 3, 12, 0.7, WEIGHTED, 0.85, 2);
		assertThat(keys(reachable)).endsWith("ranking.explain.gap.weightedSum", "ranking.explain.gap.reachable");
		assertThat(reachable.get(4).arguments()).containsExactly(15.0, 2);
		assertThat(reachable.get(5).arguments()).containsExactly("Size", 30.0);
		List<Line> unreachable = ScoreExplanation.explain(Method.WEIGHTED_SUM, "Rosario", 3, 12, 0.7, WEIGHTED, 1.05,
				1);
		assertThat(keys(unreachable)).endsWith("ranking.explain.gap.unreachable");
	}

	@Test
	void aCityBestOnEveryCriterionHasNoWeakness() {
		List<Part> best = List.of(new Part("Size", 0.5, 0.5, 0, 0.5), new Part("Port", 0.5, 0.5, 0, 0.5));
		List<Line> lines = ScoreExplanation.explain(Method.WEIGHTED_SUM, "Santos", 1, 3, 1.0, best, null, 0);
		assertThat(keys(lines)).contains("ranking.explain.weakest.none")
			.doesNotContain("ranking.explain.weakest.weightedSum");
	}

	@Test
	void topsisSpeaksOfDistancesToTheIdealAndTheAntiIdeal() {
		// squared distances: size 0.04 to the ideal, 0.01 from the anti-ideal; port 0.01
		// and 0.09
		List<Part> parts = List.of(new Part("Size", 0.5, 0.2, 0.04, 0.01), new Part("Port", 0.5, 0.4, 0.01, 0.09));
		List<Line> lines = ScoreExplanation.explain(Method.TOPSIS, "Valparaíso", 2, 5, 0.58, parts, 0.61, 1);
		assertThat(keys(lines)).containsExactly("ranking.explain.summary", "ranking.explain.method.topsis",
				"ranking.explain.strongest.topsis", "ranking.explain.weakest.topsis", "ranking.explain.gap.topsis");
		assertThat(lines.get(2).arguments()).containsExactly("Port", 90.0);
		assertThat(lines.get(3).arguments()).containsExactly("Size", 80.0);
		assertThat(lines.get(4).arguments()).containsExactly(3.0, 1, "Size");
	}

	@Test
	void citiesLeftOutSayWhy() {
		Line incomplete = ScoreExplanation.incomplete("Salto", List.of("Budget", "Strategy"));
		assertThat(incomplete.key()).isEqualTo("ranking.explain.incomplete");
		assertThat(incomplete.arguments()).containsExactly("Salto", "Budget, Strategy");
		assertThat(ScoreExplanation.ineligible("Montevideo").key()).isEqualTo("ranking.explain.ineligible");
	}

	@Test
	void noContributionsGiveOnlyTheSummary() {
		List<Line> lines = ScoreExplanation.explain(Method.WEIGHTED_SUM, "X", 1, 1, 0, List.of(), null, 0);
		assertThat(keys(lines)).containsExactly("ranking.explain.summary", "ranking.explain.method.weightedSum");
	}

}
