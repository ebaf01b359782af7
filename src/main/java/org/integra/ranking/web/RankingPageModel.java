package org.integra.ranking.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.integra.ranking.Criterion;
import org.integra.ranking.RankedCity;
import org.integra.ranking.RankingView;
import org.integra.ranking.RobustnessView;
import org.integra.ranking.engine.Contribution;
import org.integra.ranking.engine.IncompleteAlternative;
import org.integra.ranking.engine.Method;
import org.integra.ranking.engine.RankedAlternative;
import org.integra.ranking.engine.WeightInterval;

import org.springframework.context.MessageSource;

/**
 * What the ranking page shows of one page of a ranking: rows with their stacked
 * contribution bars, the legend, the sliders, the incomplete cities and the robustness
 * panel. Built once per request for the rows of the page only.
 */
final class RankingPageModel {

	/** Colours available for criteria, by position among the weighable criteria. */
	static final int COLOURS = 8;

	static final int INCOMPLETE_SHOWN = 100;

	record Segment(int colour, String x, String width, String label) {
	}

	/**
	 * A ranked city as the page shows it.
	 *
	 * @param tiedWith how many other cities share its rank (same score)
	 */
	record Row(int rank, String cityId, String name, String country, double points, List<Segment> segments,
			String barLabel, Double probability, int tiedWith) {
	}

	/**
	 * How many other rows share the rank of a row: equal scores share a competition rank
	 * (1, 2, 2, 4), so the group of rank r starts at position r - 1.
	 */
	static int tiedWith(List<RankedAlternative> rows, int rank) {
		int end = rank - 1;
		while (end < rows.size() && rows.get(end).rank() == rank) {
			end++;
		}
		return Math.max(0, end - rank);
	}

	record Slider(long id, String name, String value, int colour) {
	}

	record Legend(int colour, String name, double percent) {
	}

	record IncompleteRow(String cityId, String name, String country, String missing) {
	}

	record MissingCount(String criterion, int cities) {
	}

	record Interval(String name, double weight, double lower, double upper) {
	}

	private final MessageSource messages;

	private final Locale locale;

	private final Map<String, String> countryNames;

	private final Map<String, Criterion> criteria = new HashMap<>();

	private final Map<String, Integer> colours = new HashMap<>();

	RankingPageModel(MessageSource messages, Locale locale, Map<String, String> countryNames, List<Criterion> weighable,
			RankingView view) {
		this.messages = messages;
		this.locale = locale;
		this.countryNames = countryNames;
		for (int k = 0; k < weighable.size(); k++) {
			Criterion criterion = weighable.get(k);
			this.criteria.put(criterion.getId().toString(), criterion);
			this.colours.put(criterion.getId().toString(), k % COLOURS);
		}
		if (view != null) {
			for (Criterion criterion : view.criteria()) {
				this.criteria.putIfAbsent(criterion.getId().toString(), criterion);
				this.colours.putIfAbsent(criterion.getId().toString(), this.colours.size() % COLOURS);
			}
		}
	}

	String criterionName(String criterionId) {
		Criterion criterion = this.criteria.get(criterionId);
		return (criterion == null) ? criterionId : criterion.name(this.locale);
	}

	Criterion criterion(String criterionId) {
		return this.criteria.get(criterionId);
	}

	String country(String code) {
		return this.countryNames.getOrDefault(code, code);
	}

	List<Slider> sliders(List<Criterion> weighable, Map<Long, Double> weights) {
		List<Slider> sliders = new ArrayList<>();
		for (int k = 0; k < weighable.size(); k++) {
			Criterion criterion = weighable.get(k);
			sliders.add(new Slider(criterion.getId(), criterion.name(this.locale),
					RankingLinks.number(weights.getOrDefault(criterion.getId(), 0.0)), k % COLOURS));
		}
		return sliders;
	}

	List<Legend> legend(RankingView view) {
		List<Legend> legend = new ArrayList<>();
		List<String> ids = view.result().criterionIds();
		for (int k = 0; k < ids.size(); k++) {
			legend.add(new Legend(this.colours.getOrDefault(ids.get(k), 0), criterionName(ids.get(k)),
					ScoreExplanation.points(view.result().weights().get(k))));
		}
		return legend;
	}

	Row row(RankingView view, RankedAlternative ranked, RobustnessView robustness) {
		int tied = tiedWith(view.result().ranked(), ranked.rank());
		RankedCity city = view.city(ranked);
		List<Segment> segments = segments(view.result().method(), ranked);
		List<String> labels = segments.stream().map(Segment::label).toList();
		return new Row(ranked.rank(), ranked.alternativeId(), ranked.label(),
				(city == null) ? "" : country(city.countryCode()), ScoreExplanation.points(ranked.score()), segments,
				message("ranking.page.bar", String.join("; ", labels)),
				(robustness == null) ? null : robustness.probabilityOf(ranked.alternativeId()), tied);
	}

	/**
	 * The stacked bar of a row on a 0..100 scale: weighted sum, each criterion's points;
	 * TOPSIS, the score split by each criterion's share of the distance from the
	 * anti-ideal.
	 */
	List<Segment> segments(Method method, RankedAlternative row) {
		List<Contribution> contributions = row.contributions();
		double[] widths = new double[contributions.size()];
		if (method == Method.TOPSIS) {
			double total = contributions.stream().mapToDouble(Contribution::gapToAntiIdeal).sum();
			for (int k = 0; k < widths.length; k++) {
				widths[k] = (total > 0) ? row.score() * 100 * contributions.get(k).gapToAntiIdeal() / total : 0;
			}
		}
		else {
			for (int k = 0; k < widths.length; k++) {
				widths[k] = contributions.get(k).weightedValue() * 100;
			}
		}
		List<Segment> segments = new ArrayList<>(widths.length);
		double x = 0;
		for (int k = 0; k < widths.length; k++) {
			Contribution contribution = contributions.get(k);
			double width = Math.max(0, Math.min(widths[k], 100 - x));
			segments.add(new Segment(this.colours.getOrDefault(contribution.criterionId(), 0), svg(x), svg(width),
					message("ranking.page.segment", criterionName(contribution.criterionId()),
							Math.round(widths[k] * 10) / 10.0)));
			x += width;
		}
		return segments;
	}

	List<IncompleteRow> incomplete(RankingView view, String country) {
		List<IncompleteRow> rows = new ArrayList<>();
		for (IncompleteAlternative alternative : view.result().incomplete()) {
			RankedCity city = view.cities().get(alternative.alternativeId());
			if (country != null && (city == null || !country.equals(city.countryCode()))) {
				continue;
			}
			rows.add(new IncompleteRow(alternative.alternativeId(), alternative.label(),
					(city == null) ? "" : country(city.countryCode()),
					String.join(", ", alternative.missingCriterionIds().stream().map(this::criterionName).toList())));
			if (rows.size() >= INCOMPLETE_SHOWN) {
				break;
			}
		}
		return rows;
	}

	/** How many incomplete cities lack each criterion, and how many there are. */
	static Map<String, Integer> missingCounts(RankingView view, String country) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		int total = 0;
		for (IncompleteAlternative alternative : view.result().incomplete()) {
			if (country != null) {
				RankedCity city = view.cities().get(alternative.alternativeId());
				if (city == null || !country.equals(city.countryCode())) {
					continue;
				}
			}
			total++;
			for (String id : alternative.missingCriterionIds()) {
				counts.merge(id, 1, Integer::sum);
			}
		}
		counts.put("", total);
		return counts;
	}

	List<MissingCount> missing(Map<String, Integer> counts) {
		List<MissingCount> missing = new ArrayList<>();
		counts.forEach((id, count) -> {
			if (!id.isEmpty()) {
				missing.add(new MissingCount(criterionName(id), count));
			}
		});
		return missing;
	}

	List<Interval> intervals(RobustnessView robustness) {
		List<Interval> intervals = new ArrayList<>();
		for (WeightInterval interval : robustness.intervals()) {
			intervals
				.add(new Interval(criterionName(interval.criterionId()), ScoreExplanation.points(interval.weight()),
						ScoreExplanation.points(interval.lower()), ScoreExplanation.points(interval.upper())));
		}
		return intervals;
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

	private static String svg(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

}
