package org.integra.ranking.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.integra.ranking.Criterion;
import org.integra.ranking.ScoreScale;
import org.integra.ranking.RankedCity;
import org.integra.ranking.RankingView;
import org.integra.ranking.RobustnessView;
import org.integra.ranking.engine.Contribution;
import org.integra.ranking.engine.IncompleteAlternative;
import org.integra.ranking.engine.RankedAlternative;
import org.integra.system.ApiPage;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/ranking")
@Tag(name = "Ranking", description = "Eligible cities ranked by a scoring model")
class RankingApiController {

	record WeightDto(long criterionId, String code, double relativeWeight, double weight) {
	}

	record ContributionDto(long criterionId, String code, double weight, double value, double normalisedValue,
			double weightedValue, double gapToIdeal, double gapToAntiIdeal) {
	}

	record RowDto(int rank, long cityId, String city, String country,
			@Schema(description = "Score in points, 0 to 100, one decimal (the scale of every page)") BigDecimal score,
			List<ContributionDto> contributions, Double topNProbability) {
	}

	record IncompleteDto(long cityId, String city, String country, List<String> missingCriteria) {
	}

	record RankingDto(long modelId, String model, int version, long versionId, String method, boolean customWeights,
			List<WeightDto> weights, int top, double spread, Integer samples,
			@Schema(description = "The ranked cities of this page") List<RowDto> items, int page, int size,
			long totalItems, int totalPages, long incompleteCount, List<IncompleteDto> incomplete, int ineligible) {
	}

	private final RankingRequests requests;

	private final MessageSource messages;

	RankingApiController(RankingRequests requests, MessageSource messages) {
		this.requests = requests;
		this.messages = messages;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Rank the eligible cities",
			description = "Ranks the eligible cities with the model's current version, or with the weights given as "
					+ "w<criterionId>=<relative weight> (0 to 100; criteria without one weigh zero). Each row has "
					+ "its rank, score (0 to 100 points, one decimal, as on every page), contribution per criterion and the probability of being in the top N "
					+ "when the weights vary by ±spread percentage points. Cities lacking values are listed as "
					+ "incomplete (at most the page size of them). Probabilities take 10,000 re-rankings: they are "
					+ "kept for the model's own weights, but weights of your own are sampled on every call "
					+ "(about 0.25 s for 50,000 cities on two cores); probabilities=false leaves them out.")
	@ApiResponse(responseCode = "200", description = "The ranking, one page of it")
	@ApiResponse(responseCode = "400", description = "A parameter has an unusable value (application/problem+json)")
	@ApiResponse(responseCode = "404", description = "No model with this id (application/problem+json)")
	@Parameter(name = "model", in = ParameterIn.QUERY,
			description = "Scoring model id; the first model by name if absent",
			schema = @Schema(type = "integer", format = "int64"))
	@Parameter(name = "top", in = ParameterIn.QUERY,
			description = "Size of the top, 1 to 1000; default configured (10)", schema = @Schema(type = "integer"))
	@Parameter(name = "spread", in = ParameterIn.QUERY,
			description = "Weight spread sampled for top-N probabilities, 0 to 50 percentage points",
			schema = @Schema(type = "number"))
	@Parameter(name = "country", in = ParameterIn.QUERY, description = "ISO code: only cities of this country",
			schema = @Schema(type = "string"))
	@Parameter(name = "page", in = ParameterIn.QUERY, description = "Page, from 0; beyond the last page, the last page",
			schema = @Schema(type = "integer"))
	@Parameter(name = "size", in = ParameterIn.QUERY, description = "Rows per page, 1 to 500 (default 50)",
			schema = @Schema(type = "integer"))
	@Parameter(name = "probabilities", in = ParameterIn.QUERY,
			description = "false to leave out the top-N probabilities (and their cost); default true",
			schema = @Schema(type = "boolean"))
	@Parameter(name = "w{criterionId}", in = ParameterIn.QUERY,
			description = "Relative weight of a criterion, e.g. w3=25", schema = @Schema(type = "number"))
	ResponseEntity<?> rank(@Parameter(hidden = true) @RequestParam Map<String, String> params, Locale locale) {
		Map<String, String> fromOne = new HashMap<>(params);
		List<String> problems = new ArrayList<>();
		String pageParam = params.get("page");
		if (pageParam != null && !pageParam.isBlank()) {
			// the pages count from 1, the API from 0
			if (pageParam.strip().matches("\\d{1,6}")) {
				fromOne.put("page", String.valueOf(Integer.parseInt(pageParam.strip()) + 1));
			}
			else {
				fromOne.remove("page");
				problems.add("ranking.api.param.page");
			}
		}
		RankingParams.Parsed parsed = this.requests.parse(fromOne);
		parsed.problems().stream().map(RankingParams.Problem::messageKey).forEach(problems::add);
		if (!problems.isEmpty()) {
			return badRequest(problems, locale);
		}
		RankingRequests.Resolution resolution = this.requests.resolve(parsed, true);
		if (resolution.model() == null) {
			return badRequest(List.of("ranking.page.noModel"), locale);
		}
		if (!resolution.problems().isEmpty() || resolution.view() == null) {
			List<String> unusable = new ArrayList<>(resolution.problems());
			if (unusable.isEmpty()) {
				unusable.add("ranking.page.model.unusable");
			}
			return badRequest(unusable, locale);
		}
		RankingView view = resolution.view();
		Map<String, String> countries = this.requests.countryNames(locale);
		Map<String, Criterion> criteria = resolution.weighable()
			.stream()
			.collect(Collectors.toMap((criterion) -> criterion.getId().toString(), (criterion) -> criterion));
		view.criteria().forEach((criterion) -> criteria.putIfAbsent(criterion.getId().toString(), criterion));
		List<RankedAlternative> rows = resolution.rows();
		int size = parsed.size();
		int pages = ApiPage.pages(rows.size(), size);
		int page = Math.max(0, Math.min(parsed.page() - 1, pages - 1));
		List<RankedAlternative> shown = ApiPage.slice(rows, page, size).items();
		Optional<RobustnessView> robustness = "false".equalsIgnoreCase(params.get("probabilities")) ? Optional.empty()
				: this.requests.robustness(resolution);
		List<RowDto> dtos = new ArrayList<>(shown.size());
		for (RankedAlternative row : shown) {
			RankedCity city = view.city(row);
			List<ContributionDto> contributions = new ArrayList<>();
			for (Contribution c : row.contributions()) {
				Criterion criterion = criteria.get(c.criterionId());
				contributions.add(new ContributionDto(Long.parseLong(c.criterionId()),
						(criterion == null) ? null : criterion.getCode(), c.weight(), c.value(), c.normalisedValue(),
						c.weightedValue(), c.gapToIdeal(), c.gapToAntiIdeal()));
			}
			dtos.add(new RowDto(row.rank(), Long.parseLong(row.alternativeId()), row.label(),
					(city == null) ? null : countries.getOrDefault(city.countryCode(), city.countryCode()),
					ScoreScale.points(row.score()), contributions,
					robustness.map((found) -> found.probabilityOf(row.alternativeId())).orElse(null)));
		}
		List<IncompleteDto> incomplete = new ArrayList<>();
		long incompleteCount = 0;
		for (IncompleteAlternative alternative : view.result().incomplete()) {
			RankedCity city = view.cities().get(alternative.alternativeId());
			if (parsed.country() != null && (city == null || !parsed.country().equals(city.countryCode()))) {
				continue;
			}
			incompleteCount++;
			if (incomplete.size() < size) {
				incomplete.add(new IncompleteDto(Long.parseLong(alternative.alternativeId()), alternative.label(),
						(city == null) ? null : countries.getOrDefault(city.countryCode(), city.countryCode()),
						alternative.missingCriterionIds()
							.stream()
							.map((id) -> (criteria.get(id) == null) ? id : criteria.get(id).getCode())
							.toList()));
			}
		}
		double total = resolution.weights().values().stream().mapToDouble(Double::doubleValue).sum();
		List<WeightDto> weights = new ArrayList<>();
		resolution.weights().forEach((id, weight) -> {
			Criterion criterion = criteria.get(id.toString());
			weights.add(new WeightDto(id, (criterion == null) ? null : criterion.getCode(), weight,
					(total > 0) ? weight / total : 0));
		});
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(new RankingDto(resolution.model().getId(), resolution.model().getName(),
					resolution.version().getNumber(), resolution.version().getId(), view.result().method().name(),
					resolution.custom(), weights, parsed.top(), parsed.spread(),
					robustness.map(RobustnessView::samples).orElse(null), dtos, page, size, rows.size(), pages,
					incompleteCount, incomplete, view.ineligible()));
	}

	private ResponseEntity<ProblemDetail> badRequest(List<String> keys, Locale locale) {
		String detail = keys.stream()
			.map((key) -> this.messages.getMessage(key, null, key, locale))
			.collect(Collectors.joining(" "));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle(this.messages.getMessage("api.error.title.400", null, locale));
		problem.setProperty("problems", keys);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
