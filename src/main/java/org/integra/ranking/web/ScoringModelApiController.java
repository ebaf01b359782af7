package org.integra.ranking.web;

import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.integra.ranking.CountryRule;
import org.integra.ranking.Criterion;
import org.integra.ranking.ScoreScale;
import org.integra.ranking.ScoringModel;
import org.integra.ranking.ScoringModelForm;
import org.integra.ranking.ScoringModelVersion;
import org.integra.ranking.ScoringModels;
import org.integra.ranking.engine.Method;
import org.integra.ranking.engine.RankComparison;
import org.integra.system.ApiPage;
import org.integra.system.ValidationFailedException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/scoring-models")
@Tag(name = "Scoring models",
		description = "Named scoring models with immutable versions: method, eligibility rules and weights per criterion")
class ScoringModelApiController {

	record VersionDto(long id, long modelId, int number, String method, boolean excludeMembers, String countryRule,
			List<WeightDto> weights, String note, String createdBy, Instant createdAt) {
	}

	/**
	 * A stored weight: as it was given, and its share in percent (two decimals, the
	 * shares add up to 100).
	 */
	record WeightDto(Long criterionId, String code,
			@Schema(description = "The relative weight as it was given (1:1:1 stays 1, 1, 1)") BigDecimal weight,
			@Schema(description = "Its share of the weights in percent, two decimals; the shares add up to 100") BigDecimal percent) {
	}

	record ModelDto(long id, String name, String description, int currentNumber, String createdBy, Instant createdAt,
			long version, VersionDto current) {
	}

	record SideDto(long modelId, String modelName, long versionId, int number, String method, boolean excludeMembers,
			String countryRule, Integer ranked, Integer incomplete, String problem) {
	}

	record WeightDiffDto(long criterionId, String code, BigDecimal left, BigDecimal right, boolean differs) {
	}

	record RowDto(long cityId, String name, String countryCode, Integer leftRank,
			@Schema(description = "Score in points, 0 to 100, one decimal") BigDecimal leftScore, Integer rightRank,
			@Schema(description = "Score in points, 0 to 100, one decimal") BigDecimal rightScore, String change,
			int places) {
	}

	record ComparisonDto(SideDto left, SideDto right, List<WeightDiffDto> weights, Integer top, Integer total,
			Map<String, Integer> counts, List<RowDto> rows) {
	}

	private final ScoringModels models;

	private final ModelComparisons comparisons;

	private final MessageSource messages;

	ScoringModelApiController(ScoringModels models, ModelComparisons comparisons, MessageSource messages) {
		this.models = models;
		this.comparisons = comparisons;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "List scoring models",
			description = "Every model, by name, with its current version; the whole list, as one page.")
	ApiPage<ModelDto> list() {
		Map<Long, Criterion> criteria = criteria();
		return ApiPage.all(this.models.all()
			.stream()
			.map((model) -> model(model, this.models.current(model.getId()), criteria))
			.toList());
	}

	@GetMapping("/{id:\\d+}")
	@Operation(summary = "Get a scoring model with its current version",
			description = "Its 'version' is what a PUT must send back.")
	ModelDto get(@PathVariable long id) {
		return model(this.models.get(id), this.models.current(id), criteria());
	}

	@GetMapping("/{id:\\d+}/versions")
	@Operation(summary = "List a model's versions",
			description = "Newest first; versions never change. The whole list, as one page.")
	ApiPage<VersionDto> versions(@PathVariable long id) {
		Map<Long, Criterion> criteria = criteria();
		return ApiPage.all(this.models.versions(id).stream().map((version) -> version(version, criteria)).toList());
	}

	@GetMapping("/{id:\\d+}/versions/{number:\\d+}")
	@Operation(summary = "Get one version of a model")
	VersionDto version(@PathVariable long id, @PathVariable int number) {
		this.models.get(id);
		return version(this.models.version(id, number), criteria());
	}

	@PostMapping
	@Operation(summary = "Create a scoring model",
			description = "Weights are relative (any non-negative numbers, at least one above zero) and are stored "
					+ "normalised to 100. Method WEIGHTED_SUM or TOPSIS; country rule STATUTE or MERCOSUR_STATES. "
					+ "Answers 201 with its Location and version 1.")
	ResponseEntity<ModelDto> create(@Valid @RequestBody ScoringModelRequest request, BindingResult result,
			Principal user) {
		ScoringModelForm form = form(null, request, result);
		ScoringModel model = this.models.create(form, user.getName());
		return ResponseEntity.created(URI.create("/api/v1/scoring-models/" + model.getId()))
			.body(model(this.models.get(model.getId()), this.models.current(model.getId()), criteria()));
	}

	@PutMapping("/{id:\\d+}")
	@Operation(summary = "Save a new version of a scoring model",
			description = "The body must carry the model's 'version' as read; if someone saved the model since, "
					+ "the answer is 409 and nothing is saved. Every save adds a version with its author and time.")
	ModelDto update(@PathVariable long id, @Valid @RequestBody ScoringModelRequest request, BindingResult result,
			Principal user) {
		this.models.get(id);
		ScoringModelForm form = form(id, request, result);
		this.models.save(id, form, user.getName());
		return model(this.models.get(id), this.models.current(id), criteria());
	}

	@GetMapping("/compare")
	@Operation(summary = "Compare two versions side by side",
			description = "Two versions of one model or of two models, by version id: method, eligibility, weights "
					+ "per criterion, and the rank change of every city in the top N of either ranking of "
					+ "eligible cities (change UP, DOWN, SAME, NEW, LEFT_OUT, INCOMPLETE_LEFT, INCOMPLETE_RIGHT). "
					+ "'counts' covers every city ranked on either side.")
	ComparisonDto compare(@Parameter(description = "id of the left version") @RequestParam long left,
			@Parameter(description = "id of the right version") @RequestParam long right,
			@Parameter(description = "size of the top compared: 10, 25, 50 (default), 100, 200 or 500") @RequestParam(
					required = false) Integer top) {
		ModelComparisons.Comparison comparison = this.comparisons.compare(left, right, ModelComparisons.top(top));
		List<WeightDiffDto> weights = comparison.weights()
			.stream()
			.map((row) -> new WeightDiffDto(row.criterion().getId(), row.criterion().getCode(), row.left(), row.right(),
					row.differs()))
			.toList();
		RankComparison.Result ranking = comparison.ranking();
		if (ranking == null) {
			return new ComparisonDto(side(comparison.left()), side(comparison.right()), weights, null, null, null,
					List.of());
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (RankComparison.Change change : RankComparison.Change.values()) {
			counts.put(change.name(), ranking.count(change));
		}
		List<RowDto> rows = ranking.rows()
			.stream()
			.map((row) -> new RowDto(Long.parseLong(row.alternativeId()), row.label(),
					comparison.city(row).map((city) -> city.countryCode()).orElse(null),
					row.rankedLeft() ? row.left().rank() : null,
					row.rankedLeft() ? ScoreScale.points(row.left().score()) : null,
					row.rankedRight() ? row.right().rank() : null,
					row.rankedRight() ? ScoreScale.points(row.right().score()) : null, row.change().name(),
					row.places()))
			.toList();
		return new ComparisonDto(side(comparison.left()), side(comparison.right()), weights, ranking.limit(),
				ranking.total(), counts, rows);
	}

	private SideDto side(ModelComparisons.Side side) {
		ScoringModelVersion version = side.version();
		Locale locale = LocaleContextHolder.getLocale();
		return new SideDto(side.model().getId(), side.model().getName(), version.getId(), version.getNumber(),
				version.getMethod().name(), version.isExcludeMembers(), version.getCountryRule().name(),
				side.ranked() ? side.view().result().ranked().size() : null,
				side.ranked() ? side.view().result().incomplete().size() : null,
				side.ranked() ? null : this.messages.getMessage(side.problem(), null, side.problem(), locale));
	}

	/**
	 * The request as the service's form; reports every problem on the request's fields.
	 * @throws ValidationFailedException if there is one
	 */
	private ScoringModelForm form(Long id, ScoringModelRequest request, BindingResult result) {
		ScoringModelForm form = new ScoringModelForm();
		form.setName(request.getName());
		form.setDescription(request.getDescription());
		form.setNote(request.getNote());
		form.setVersion(request.getVersion());
		form.setExcludeMembers(request.getExcludeMembers() == null || request.getExcludeMembers());
		if (request.getMethod() != null) {
			try {
				form.setMethod(Method.valueOf(request.getMethod().strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				result.rejectValue("method", "ranking.model.method.invalid");
			}
		}
		if (request.getCountryRule() != null) {
			try {
				form.setCountryRule(CountryRule.valueOf(request.getCountryRule().strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				result.rejectValue("countryRule", "ranking.model.countryRule.invalid");
			}
		}
		Map<String, Long> byCode = this.models.weighableCriteria()
			.stream()
			.collect(Collectors.toMap((criterion) -> criterion.getCode().toUpperCase(Locale.ROOT), Criterion::getId));
		Map<Long, BigDecimal> weights = new LinkedHashMap<>();
		for (ScoringModelRequest.Weight weight : request.getWeights()) {
			Long criterionId = (weight == null) ? null : weight.criterionId();
			if (criterionId == null && weight != null && weight.code() != null) {
				criterionId = byCode.get(weight.code().strip().toUpperCase(Locale.ROOT));
			}
			if (criterionId == null) {
				result.rejectValue("weights", "ranking.model.weights.unknownCriterion");
				break;
			}
			if (weights.containsKey(criterionId)) {
				result.rejectValue("weights", "ranking.model.weights.duplicate");
				break;
			}
			weights.put(criterionId, weight.weight());
		}
		form.setWeights(weights);
		BindingResult rules = new BeanPropertyBindingResult(form, "scoringModelForm");
		this.models.check(id, form, rules);
		for (FieldError error : rules.getFieldErrors()) {
			if (!result.hasFieldErrors(error.getField())) {
				result.rejectValue(error.getField(), error.getCode());
			}
		}
		if (result.hasErrors()) {
			throw new ValidationFailedException(result);
		}
		return form;
	}

	private Map<Long, Criterion> criteria() {
		return this.comparisons.criteria().stream().collect(Collectors.toMap(Criterion::getId, Function.identity()));
	}

	private static ModelDto model(ScoringModel model, ScoringModelVersion current, Map<Long, Criterion> criteria) {
		return new ModelDto(model.getId(), model.getName(), model.getDescription(), model.getCurrentNumber(),
				model.getCreatedBy(), model.getCreatedAt(), model.getVersion(), version(current, criteria));
	}

	private static VersionDto version(ScoringModelVersion version, Map<Long, Criterion> criteria) {
		Map<Long, BigDecimal> percent = version.getPercentWeights();
		List<WeightDto> weights = version.getWeights()
			.entrySet()
			.stream()
			.map((entry) -> new WeightDto(entry.getKey(),
					criteria.containsKey(entry.getKey()) ? criteria.get(entry.getKey()).getCode() : null,
					entry.getValue(), percent.getOrDefault(entry.getKey(), BigDecimal.ZERO)))
			.toList();
		return new VersionDto(version.getId(), version.getModelId(), version.getNumber(), version.getMethod().name(),
				version.isExcludeMembers(), version.getCountryRule().name(), weights, version.getNote(),
				version.getCreatedBy(), version.getCreatedAt());
	}

}
