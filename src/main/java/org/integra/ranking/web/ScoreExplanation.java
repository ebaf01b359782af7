package org.integra.ranking.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.integra.ranking.engine.Method;

/**
 * Chooses the sentences that explain a city's score: its rank, how the method scores,
 * which criterion helps it most and which holds it back, and what it would need to climb.
 * Returns message keys with their arguments; the page translates them.
 * <p>
 * Weighted sum: points are the weighted normalised values ×100 and add up to the score
 * (×100); the gap to the next better rank is a difference of points, and a criterion can
 * add at most its lost points ({@code gapToIdeal} ×100). TOPSIS: the score is the
 * closeness coefficient; what helps is the criterion's share of the squared distance from
 * the anti-ideal, what holds back its share of the squared distance to the ideal.
 */
final class ScoreExplanation {

	/**
	 * One criterion's part of a score.
	 *
	 * @param name the criterion's name in the reader's language
	 * @param weight normalised weight, 0..1
	 * @param weightedValue weight × normalised value
	 * @param gapToIdeal see the engine's Contribution
	 * @param gapToAntiIdeal see the engine's Contribution
	 */
	record Part(String name, double weight, double weightedValue, double gapToIdeal, double gapToAntiIdeal) {
	}

	/**
	 * A sentence: a message key and its arguments.
	 *
	 * @param key the message key
	 * @param arguments its arguments
	 */
	record Line(String key, List<Object> arguments) {

		static Line of(String key, Object... arguments) {
			return new Line(key, List.of(arguments));
		}

		public Object[] args() {
			return this.arguments.toArray();
		}

	}

	private static final double EPSILON = 1e-9;

	private ScoreExplanation() {
	}

	/**
	 * Explains a ranked city's score.
	 * @param method the model's method
	 * @param city the city's name
	 * @param rank its rank
	 * @param ranked how many cities were ranked
	 * @param score its score, 0..1
	 * @param parts its contributions, one per criterion with a weight above zero
	 * @param scoreAbove the score of the next better rank, null when it is first
	 * @param rankAbove the next better rank, ignored when it is first
	 */
	static List<Line> explain(Method method, String city, int rank, int ranked, double score, List<Part> parts,
			Double scoreAbove, int rankAbove) {
		List<Line> lines = new ArrayList<>();
		lines.add(Line.of("ranking.explain.summary", city, rank, ranked, points(score)));
		boolean topsis = method == Method.TOPSIS;
		lines.add(Line.of(topsis ? "ranking.explain.method.topsis" : "ranking.explain.method.weightedSum"));
		if (parts.isEmpty()) {
			return lines;
		}
		Part strongest = parts.stream()
			.max(Comparator.comparingDouble(topsis ? Part::gapToAntiIdeal : Part::weightedValue))
			.orElseThrow();
		Part weakest = parts.stream().max(Comparator.comparingDouble(Part::gapToIdeal)).orElseThrow();
		if (topsis) {
			double antiIdeal = parts.stream().mapToDouble(Part::gapToAntiIdeal).sum();
			double ideal = parts.stream().mapToDouble(Part::gapToIdeal).sum();
			if (antiIdeal > EPSILON) {
				lines.add(Line.of("ranking.explain.strongest.topsis", strongest.name(),
						percent(strongest.gapToAntiIdeal() / antiIdeal)));
			}
			if (ideal > EPSILON) {
				lines.add(Line.of("ranking.explain.weakest.topsis", weakest.name(),
						percent(weakest.gapToIdeal() / ideal)));
			}
			else {
				lines.add(Line.of("ranking.explain.weakest.none"));
			}
		}
		else {
			lines.add(Line.of("ranking.explain.strongest.weightedSum", strongest.name(),
					points(strongest.weightedValue()), points(strongest.weight())));
			if (weakest.gapToIdeal() > EPSILON) {
				lines.add(Line.of("ranking.explain.weakest.weightedSum", weakest.name(), points(weakest.gapToIdeal())));
			}
			else {
				lines.add(Line.of("ranking.explain.weakest.none"));
			}
		}
		if (scoreAbove == null || rank <= 1) {
			lines.add(Line.of("ranking.explain.first"));
			return lines;
		}
		double gap = scoreAbove - score;
		if (topsis) {
			lines.add(Line.of("ranking.explain.gap.topsis", points(gap), rankAbove, weakest.name()));
		}
		else {
			lines.add(Line.of("ranking.explain.gap.weightedSum", points(gap), rankAbove));
			if (weakest.gapToIdeal() + EPSILON >= gap) {
				lines.add(Line.of("ranking.explain.gap.reachable", weakest.name(), points(weakest.gapToIdeal())));
			}
			else {
				lines.add(Line.of("ranking.explain.gap.unreachable", weakest.name(), points(weakest.gapToIdeal())));
			}
		}
		return lines;
	}

	/** That a city shares its rank with others of the same score. */
	static Line tied(int others) {
		return Line.of("ranking.explain.tied", others);
	}

	/** Why a city that is not ranked is missing. */
	static Line incomplete(String city, List<String> missingCriteria) {
		return Line.of("ranking.explain.incomplete", city, String.join(", ", missingCriteria));
	}

	/** Why a city the eligibility rules leave out is missing. */
	static Line ineligible(String city) {
		return Line.of("ranking.explain.ineligible", city);
	}

	/** Score or weight 0..1 as points 0..100 with one decimal (see ScoreScale). */
	static double points(double value) {
		return org.integra.ranking.ScoreScale.points(value).doubleValue();
	}

	static double percent(double share) {
		return Math.round(share * 1000) / 10.0;
	}

}
