package org.integra.ranking.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.integra.ranking.CityCriterionValue;
import org.integra.ranking.CityProfile;
import org.integra.ranking.Criterion;
import org.integra.ranking.RankingData;
import org.integra.ranking.ValueCsv;
import org.integra.ranking.ValueEntry;
import org.integra.system.ApiPage;
import org.integra.system.ValidationFailedException;

import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cities/{id:\\d+}/criteria-values")
@Tag(name = "Criteria values", description = "A city's values per criterion, with their evidence")
class CriterionValueApiController {

	record ValueDto(long criterionId, String criterionCode, boolean derived, BigDecimal value, String source,
			LocalDate evidenceDate, String note, String enteredBy, Instant enteredAt) {
		static ValueDto of(CityCriterionValue v) {
			var e = v.evidence();
			return new ValueDto(v.criterion().getId(), v.criterion().getCode(), v.criterion().isDerived(), v.value(),
					e == null ? null : e.getSource(), e == null ? null : e.getEvidenceDate(),
					e == null ? null : e.getNote(), e == null ? null : e.getEnteredBy(),
					e == null ? null : e.getEnteredAt());
		}
	}

	/**
	 * A city's values, one per active criterion, answered whole as one page in the fields
	 * of every list ({@link ApiPage}), with the city and its completeness beside them.
	 */
	record ProfileDto(long cityId, String cityName, int completeness, List<ValueDto> items, int page, int size,
			long totalItems, int totalPages) {
		static ProfileDto of(CityProfile profile) {
			ApiPage<ValueDto> values = ApiPage.all(profile.values().stream().map(ValueDto::of).toList());
			return new ProfileDto(profile.city().id(), profile.city().name(), profile.completeness(), values.items(),
					values.page(), values.size(), values.totalItems(), values.totalPages());
		}
	}

	/**
	 * A typed value: the value as text or number, its source, an ISO date and a note.
	 */
	record ValueBody(String value, String source, String evidenceDate, String note) {
	}

	private final RankingData data;

	CriterionValueApiController(RankingData data) {
		this.data = data;
	}

	@GetMapping
	@Operation(summary = "A city's criteria values",
			description = "One entry per active criterion: derived values computed, typed ones with their evidence; "
					+ "a missing value is null. completeness is the percentage of scoring criteria with a value. The whole "
					+ "list, as one page.")
	ProfileDto list(@PathVariable long id) {
		return ProfileDto.of(this.data.profile(id));
	}

	@PutMapping("/{criterionId:\\d+}")
	@Operation(summary = "Enter a city's value for a criterion",
			description = "Derived criteria cannot be typed (400). Yes/no is 0 or 1; ordinal is one of the levels' ordinals.")
	ProfileDto put(@PathVariable long id, @PathVariable long criterionId, @RequestBody ValueBody body,
			Principal principal) {
		this.data.city(id);
		Criterion criterion = this.data.criterion(criterionId);
		Optional<Optional<LocalDate>> date = ValueCsv.date(body == null ? null : body.evidenceDate());
		ValueEntry entry = body == null ? new ValueEntry(null, null, null, null)
				: new ValueEntry(body.value(), body.source(), date.flatMap((d) -> d).orElse(null), body.note());
		Optional<String> problem = date.isEmpty() ? Optional.of("ranking.value.problem.date")
				: this.data.check(criterion, entry);
		if (problem.isPresent()) {
			MapBindingResult errors = new MapBindingResult(new java.util.HashMap<String, Object>(), "value");
			errors.reject(problem.get());
			throw new ValidationFailedException(errors);
		}
		this.data.enter(id, criterion, entry, principal.getName());
		return ProfileDto.of(this.data.profile(id));
	}

}
