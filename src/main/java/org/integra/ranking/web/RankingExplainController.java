package org.integra.ranking.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.integra.ranking.CityFacts;
import org.integra.ranking.Criterion;
import org.integra.ranking.CriterionKind;
import org.integra.ranking.CriterionLevel;
import org.integra.ranking.RankingData;
import org.integra.ranking.RankingPolicy;
import org.integra.ranking.RankingView;
import org.integra.system.Actor;
import org.integra.ranking.engine.Contribution;
import org.integra.ranking.engine.IncompleteAlternative;
import org.integra.ranking.engine.Method;
import org.integra.ranking.engine.RankedAlternative;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A city's score explained in words and per criterion, under a model and the weights
 * being tried out; or why the city is not ranked.
 */
@Controller
class RankingExplainController {

	static final String VIEW = "ranking/ranking-explain";

	record CriterionLine(String name, String raw, double normalised, double weight, double points, double up,
			double down) {
	}

	private final RankingRequests requests;

	private final RankingData data;

	private final MessageSource messages;

	RankingExplainController(RankingRequests requests, RankingData data, MessageSource messages) {
		this.requests = requests;
		this.data = data;
		this.messages = messages;
	}

	@GetMapping("/ranking/explain")
	String explain(@RequestParam Map<String, String> params, HttpServletRequest request, Actor actor, Locale locale,
			Model model) {
		RankingRequests.Resolution resolution = this.requests.resolve(this.requests.parse(params), false);
		List<String> problems = new ArrayList<>(resolution.problems());
		model.addAttribute("r", resolution);
		model.addAttribute("problems", problems);
		model.addAttribute("canShortlist", RankingPolicy.of(actor).mayShortlist());
		if (resolution.model() != null) {
			model.addAttribute("links", this.requests.links(resolution, 1));
		}
		String cityParam = params.get("city");
		if (cityParam == null || !cityParam.strip().matches("\\d{1,18}")) {
			problems.add("ranking.explain.param.city");
			return VIEW;
		}
		CityFacts.Facts city = this.data.city(Long.parseLong(cityParam.strip()));
		model.addAttribute("city", city);
		RankingView view = resolution.view();
		if (view == null) {
			return VIEW;
		}
		String cityId = Long.toString(city.id());
		RankingPageModel page = new RankingPageModel(this.messages, locale, this.requests.countryNames(locale),
				resolution.weighable(), view);
		List<RankedAlternative> ranked = view.result().ranked();
		int index = indexOf(ranked, cityId);
		if (index < 0) {
			Optional<IncompleteAlternative> incomplete = view.result()
				.incomplete()
				.stream()
				.filter((alternative) -> alternative.alternativeId().equals(cityId))
				.findFirst();
			model.addAttribute("lines",
					List.of(incomplete
						.map((alternative) -> ScoreExplanation.incomplete(city.name(),
								alternative.missingCriterionIds().stream().map(page::criterionName).toList()))
						.orElseGet(() -> ScoreExplanation.ineligible(city.name()))));
			model.addAttribute("notRanked", incomplete.isPresent() ? "incomplete" : "ineligible");
			return VIEW;
		}
		RankedAlternative row = ranked.get(index);
		int above = index;
		while (above > 0 && ranked.get(above - 1).rank() == row.rank()) {
			above--;
		}
		RankedAlternative better = (above > 0) ? ranked.get(above - 1) : null;
		List<ScoreExplanation.Part> parts = new ArrayList<>();
		List<CriterionLine> criteria = new ArrayList<>();
		Method method = view.result().method();
		double antiIdeal = row.contributions().stream().mapToDouble(Contribution::gapToAntiIdeal).sum();
		double ideal = row.contributions().stream().mapToDouble(Contribution::gapToIdeal).sum();
		for (Contribution contribution : row.contributions()) {
			String name = page.criterionName(contribution.criterionId());
			parts.add(new ScoreExplanation.Part(name, contribution.weight(), contribution.weightedValue(),
					contribution.gapToIdeal(), contribution.gapToAntiIdeal()));
			criteria.add(new CriterionLine(name,
					raw(page.criterion(contribution.criterionId()), contribution.value(), locale),
					contribution.normalisedValue(), ScoreExplanation.points(contribution.weight()),
					ScoreExplanation.points(contribution.weightedValue()),
					(antiIdeal > 0) ? ScoreExplanation.percent(contribution.gapToAntiIdeal() / antiIdeal) : 0,
					(ideal > 0) ? ScoreExplanation.percent(contribution.gapToIdeal() / ideal) : 0));
		}
		List<ScoreExplanation.Line> lines = new ArrayList<>(
				ScoreExplanation.explain(method, city.name(), row.rank(), ranked.size(), row.score(), parts,
						(better == null) ? null : better.score(), (better == null) ? 0 : better.rank()));
		int tied = RankingPageModel.tiedWith(ranked, row.rank());
		if (tied > 0) {
			lines.add(1, ScoreExplanation.tied(tied));
		}
		model.addAttribute("lines", lines);
		model.addAttribute("criteria", criteria);
		model.addAttribute("method", method.name());
		model.addAttribute("row", page.row(view, row, null));
		return VIEW;
	}

	private static int indexOf(List<RankedAlternative> ranked, String cityId) {
		for (int i = 0; i < ranked.size(); i++) {
			if (ranked.get(i).alternativeId().equals(cityId)) {
				return i;
			}
		}
		return -1;
	}

	private String raw(Criterion criterion, double value, Locale locale) {
		if (criterion == null) {
			return NumberFormat.getInstance(locale).format(value);
		}
		if (criterion.getKind() == CriterionKind.YES_NO) {
			return this.messages.getMessage((value >= 0.5) ? "ranking.yes" : "ranking.no", null, locale);
		}
		if (criterion.getKind() == CriterionKind.ORDINAL) {
			for (CriterionLevel level : criterion.getLevels()) {
				if (level.getOrdinal() == value) {
					return level.label(locale);
				}
			}
		}
		NumberFormat format = NumberFormat.getInstance(locale);
		format.setMaximumFractionDigits(4);
		String number = format.format(value);
		return (criterion.getUnit() == null || criterion.getUnit().isBlank()) ? number
				: number + " " + criterion.getUnit();
	}

}
