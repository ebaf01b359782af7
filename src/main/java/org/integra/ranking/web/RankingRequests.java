package org.integra.ranking.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.integra.cities.CountryCatalog;
import org.integra.cities.CountrySummary;
import org.integra.ranking.CandidateRanking;
import org.integra.ranking.Criterion;
import org.integra.ranking.RankingView;
import org.integra.ranking.RobustnessView;
import org.integra.ranking.ScoringModel;
import org.integra.ranking.ScoringModelVersion;
import org.integra.ranking.ScoringModels;
import org.integra.ranking.engine.RankedAlternative;
import org.integra.system.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns the ranking parameters into a ranking: the model (the first one unless asked),
 * its current version, the weights (the version's unless tried out) and the ranking
 * itself. Shared by the ranking page, its fragments, its map and the API.
 */
@Component
class RankingRequests {

	private final ScoringModels models;

	private final CandidateRanking ranking;

	private final CountryCatalog countries;

	RankingRequests(ScoringModels models, CandidateRanking ranking, CountryCatalog countries) {
		this.models = models;
		this.ranking = ranking;
		this.countries = countries;
	}

	/**
	 * A resolved request.
	 *
	 * @param params the parameters as parsed
	 * @param models every model, by name
	 * @param model the model ranked, null when there is none
	 * @param version its current version, null when there is none
	 * @param weighable the criteria a slider is shown for
	 * @param weights the relative weights used, per weighable criterion id
	 * @param custom whether the weights were tried out rather than the model's
	 * @param view the ranking, null when it could not be computed
	 * @param problems message keys of what could not be used
	 */
	record Resolution(RankingParams.Parsed params, List<ScoringModel> models, ScoringModel model,
			ScoringModelVersion version, List<Criterion> weighable, Map<Long, Double> weights, boolean custom,
			RankingView view, List<String> problems) {

		boolean ranked() {
			return this.view != null;
		}

		/** Short: the default one would print every ranked city. */
		@Override
		public String toString() {
			return "Resolution[model=" + ((this.model == null) ? null : this.model.getId()) + ", version="
					+ ((this.version == null) ? null : this.version.getId()) + ", weights=" + this.weights + ", ranked="
					+ ((this.view == null) ? 0 : this.view.result().ranked().size()) + ", problems=" + this.problems
					+ "]";
		}

		/** The ranked rows, only those of the chosen country if one is. */
		List<RankedAlternative> rows() {
			if (this.view == null) {
				return List.of();
			}
			List<RankedAlternative> ranked = this.view.result().ranked();
			String country = this.params.country();
			if (country == null) {
				return ranked;
			}
			return ranked.stream().filter((row) -> country.equals(this.view.city(row).countryCode())).toList();
		}

	}

	int defaultTop() {
		return this.ranking.defaultTop();
	}

	double defaultSpread() {
		return this.ranking.defaultSpread();
	}

	RankingParams.Parsed parse(Map<String, String> params) {
		return RankingParams.parse(params, this.ranking.defaultTop(), this.ranking.defaultSpread());
	}

	/**
	 * Resolves the parameters.
	 * @param strictModel whether an unknown model is an error (the API) rather than a
	 * note and the default model (pages)
	 * @throws NotFoundException for an unknown model when {@code strictModel}
	 */
	Resolution resolve(RankingParams.Parsed params, boolean strictModel) {
		List<String> problems = new ArrayList<>();
		params.problems().forEach((problem) -> problems.add(problem.messageKey()));
		List<ScoringModel> all = this.models.all();
		ScoringModel model = null;
		if (params.modelId().isPresent()) {
			long id = params.modelId().get();
			model = all.stream().filter((m) -> m.getId() == id).findFirst().orElse(null);
			if (model == null) {
				if (strictModel) {
					throw new NotFoundException("ranking.page.model.notFound", id);
				}
				problems.add("ranking.page.model.unknown");
			}
		}
		if (model == null && !all.isEmpty()) {
			model = all.get(0);
		}
		List<Criterion> weighable = this.models.weighableCriteria();
		if (model == null) {
			return new Resolution(params, all, null, null, weighable, Map.of(), false, null, problems);
		}
		ScoringModelVersion version = this.models.current(model.getId());
		Map<Long, Double> modelWeights = new LinkedHashMap<>();
		for (Criterion criterion : weighable) {
			modelWeights.put(criterion.getId(), version.percentOf(criterion.getId()));
		}
		Map<Long, Double> weights = modelWeights;
		boolean custom = false;
		if (params.weights().isPresent()) {
			Map<Long, Double> chosen = new LinkedHashMap<>();
			for (Criterion criterion : weighable) {
				chosen.put(criterion.getId(), params.weights().get().getOrDefault(criterion.getId(), 0.0));
			}
			if (chosen.values().stream().mapToDouble(Double::doubleValue).sum() > 0) {
				weights = chosen;
				custom = !chosen.equals(modelWeights);
			}
			else {
				problems.add("ranking.page.weights.allZero");
			}
		}
		RankingView view = rank(version, weights);
		if (view == null && custom) {
			problems.add("ranking.page.weights.unusable");
			weights = modelWeights;
			custom = false;
			view = rank(version, weights);
		}
		if (view == null) {
			problems.add("ranking.page.model.unusable");
		}
		return new Resolution(params, all, model, version, weighable, weights, custom, view,
				problems.stream().distinct().toList());
	}

	private RankingView rank(ScoringModelVersion version, Map<Long, Double> weights) {
		try {
			return this.ranking.rank(version, weights);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Links that keep the request's state, on the given page. */
	RankingLinks links(Resolution resolution, int page) {
		RankingParams.Parsed p = resolution.params();
		return new RankingLinks(resolution.model().getId(), resolution.custom() ? resolution.weights() : null,
				p.country(), (p.top() == defaultTop()) ? null : p.top(),
				(p.spread() == defaultSpread()) ? null : p.spread(), page);
	}

	/**
	 * The robustness of the top N, or empty when nothing is ranked.
	 */
	Optional<RobustnessView> robustness(Resolution resolution) {
		if (resolution.view() == null || resolution.view().result().ranked().isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.ranking.robustness(resolution.version(), resolution.weights(),
					resolution.params().top(), resolution.params().spread()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** Country names in the reader's language, by ISO code. */
	Map<String, String> countryNames(Locale locale) {
		return this.countries.all()
			.stream()
			.collect(Collectors.toMap(CountrySummary::code, (country) -> country.name(locale), (a, b) -> a));
	}

	List<CountrySummary> countries() {
		return this.countries.byName(LocaleContextHolder.getLocale());
	}

}
