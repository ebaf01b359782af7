package org.integra.ranking.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.integra.ranking.Criteria;
import org.integra.ranking.Criterion;
import org.integra.ranking.CriterionForm;
import org.integra.ranking.CriterionLevel;
import org.integra.system.ApiPage;
import org.integra.system.ValidationFailedException;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/criteria")
@Tag(name = "Criteria", description = "Criteria candidate cities are ranked on")
class CriterionApiController {

	record LevelDto(int ordinal, String labelEs, String labelPt, String labelEn) {
		static LevelDto of(CriterionLevel level) {
			return new LevelDto(level.getOrdinal(), level.getLabelEs(), level.getLabelPt(), level.getLabelEn());
		}
	}

	record CriterionDto(long id, String code, String nameEs, String namePt, String nameEn, String kind,
			String direction, String unit, String derivation, String derivationParameters, boolean scoring,
			boolean active, List<LevelDto> levels, long version) {
		static CriterionDto of(Criterion c) {
			return new CriterionDto(c.getId(), c.getCode(), c.getNames().getEs(), c.getNames().getPt(),
					c.getNames().getEn(), c.getKind().name(), c.getDirection().name(), c.getUnit(),
					c.getDerivation().name(), c.getDerivationParameters(), c.isScoring(), c.isActive(),
					c.getLevels().stream().map(LevelDto::of).toList(), c.getVersion());
		}
	}

	private final Criteria criteria;

	CriterionApiController(Criteria criteria) {
		this.criteria = criteria;
	}

	@GetMapping
	@Operation(summary = "List criteria",
			description = "Every criterion, active or not, by code; the whole list, as one page.")
	ApiPage<CriterionDto> list() {
		return ApiPage.all(this.criteria.all().stream().map(CriterionDto::of).toList());
	}

	@GetMapping("/{id:\\d+}")
	@Operation(summary = "Get a criterion")
	CriterionDto get(@PathVariable long id) {
		return CriterionDto.of(this.criteria.get(id));
	}

	@PostMapping
	@Operation(summary = "Create a criterion",
			description = "Levels of an ordinal scale are lines 'ordinal | es | pt | en'. Answers 201 with its Location.")
	ResponseEntity<CriterionDto> create(@Valid @RequestBody CriterionForm form, BindingResult result) {
		this.criteria.check(null, form, result);
		if (result.hasErrors()) {
			throw new ValidationFailedException(result);
		}
		Criterion criterion = this.criteria.create(form);
		return ResponseEntity.created(URI.create("/api/v1/criteria/" + criterion.getId()))
			.body(CriterionDto.of(criterion));
	}

	@PutMapping("/{id:\\d+}")
	@Operation(summary = "Change a criterion",
			description = "The body must carry the version read; if the criterion changed since, the answer is 409.")
	CriterionDto update(@PathVariable long id, @Valid @RequestBody CriterionForm form, BindingResult result) {
		this.criteria.get(id);
		this.criteria.check(id, form, result);
		if (result.hasErrors()) {
			throw new ValidationFailedException(result);
		}
		return CriterionDto.of(this.criteria.update(id, form));
	}

}
