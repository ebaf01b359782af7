package org.integra.outreach.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.outreach.Candidate;
import org.integra.outreach.MoveRefusedException;
import org.integra.outreach.OutreachPolicy;
import org.integra.outreach.Pipeline;
import org.integra.outreach.Stage;
import org.integra.outreach.StageChange;
import org.integra.system.Actor;
import org.integra.system.ApiPage;
import org.integra.system.NotFoundException;
import org.integra.system.ValidationFailedException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/candidates")
@Tag(name = "Candidates", description = "Candidate cities in the outreach pipeline and their stage moves")
class CandidateApiController {

	record CandidateDto(long cityId, String cityName, String countryCode, Stage stage, Instant stageSince,
			long version) {
	}

	record ChangeDto(Stage fromStage, Stage toStage, String note, String changedBy, Instant changedAt) {
	}

	record DetailDto(long cityId, String cityName, String countryCode, Stage stage, Instant stageSince, long version,
			List<Stage> allowedTargets, List<ChangeDto> history) {
	}

	/**
	 * A move: the target stage, an optional note, and the candidate's version as read.
	 */
	record MoveBody(String stage, String note, Long version) {
	}

	private final Pipeline pipeline;

	private final CityCatalog cities;

	CandidateApiController(Pipeline pipeline, CityCatalog cities) {
		this.pipeline = pipeline;
		this.cities = cities;
	}

	@GetMapping
	@Operation(summary = "Candidates, optionally in one stage, newest stage first",
			description = "400 for an unknown stage.")
	ApiPage<CandidateDto> list(@RequestParam(required = false) String stage, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Stage chosen = BoardController.parseStage(stage);
		if (stage != null && !stage.isBlank() && chosen == null) {
			MapBindingResult errors = new MapBindingResult(new HashMap<String, Object>(), "candidates");
			errors.rejectValue("stage", "outreach.move.refused.unknownStage");
			throw new ValidationFailedException(errors);
		}
		Page<Candidate> candidates = this.pipeline.candidates(chosen,
				PageRequest.of(Math.max(0, page), Math.min(500, Math.max(1, size))));
		return ApiPage.of(candidates, this::dto);
	}

	@GetMapping("/{cityId}")
	@Operation(summary = "One candidate with its stage history, newest first, and the stages the caller may move it to")
	DetailDto show(@PathVariable long cityId, Actor actor) {
		Candidate candidate = this.pipeline.candidate(cityId)
			.orElseThrow(() -> new NotFoundException("outreach.candidate.notFound", cityId));
		return detail(candidate, OutreachPolicy.of(actor));
	}

	@PostMapping("/{cityId}/moves")
	@Operation(summary = "Move a candidate to another stage",
			description = "Forward one step; one step back with a note; to DECLINED or ON_HOLD from any stage but "
					+ "MEMBER; from ON_HOLD back to the stage it was held from or to DECLINED; from DECLINED only "
					+ "to IDENTIFIED with a note; to MEMBER only by an admin with a note. 200 with the candidate; "
					+ "400 problem when the move is refused (the reason in errors); 404 when the city is not a "
					+ "candidate; 409 when version is not the candidate's current version.")
	DetailDto move(@PathVariable long cityId, @RequestBody MoveBody body, Actor actor) {
		OutreachPolicy policy = OutreachPolicy.of(actor);
		MapBindingResult errors = new MapBindingResult(new HashMap<String, Object>(), "move");
		Stage target = (body == null) ? null : BoardController.parseStage(body.stage());
		if (target == null) {
			errors.rejectValue("stage", "outreach.move.refused.unknownStage");
			throw new ValidationFailedException(errors);
		}
		Candidate moved;
		try {
			moved = this.pipeline.move(cityId, target, body.note(), policy, body.version());
		}
		catch (MoveRefusedException ex) {
			errors.rejectValue(ex.getMessageKey().contains("Note") || ex.getMessageKey().endsWith("noteTooLong")
					? "note" : "stage", ex.getMessageKey());
			throw new ValidationFailedException(errors);
		}
		return detail(moved, policy);
	}

	private DetailDto detail(Candidate candidate, OutreachPolicy policy) {
		CandidateDto dto = dto(candidate);
		List<ChangeDto> history = this.pipeline.history(candidate)
			.stream()
			.map((StageChange c) -> new ChangeDto(c.getFromStage(), c.getToStage(), c.getNote(), c.getChangedBy(),
					c.getChangedAt()))
			.toList();
		return new DetailDto(dto.cityId(), dto.cityName(), dto.countryCode(), dto.stage(), dto.stageSince(),
				dto.version(), this.pipeline.targets(candidate, policy), history);
	}

	private CandidateDto dto(Candidate candidate) {
		java.util.Optional<CitySummary> city = this.cities.find(candidate.getCityId());
		return new CandidateDto(candidate.getCityId(), city.map(CitySummary::name).orElse(null),
				city.map(CitySummary::countryCode).orElse(null), candidate.getStage(), candidate.getStageSince(),
				candidate.getVersion());
	}

}
