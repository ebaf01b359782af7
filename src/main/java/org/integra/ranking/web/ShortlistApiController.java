package org.integra.ranking.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.integra.ranking.RankingPolicy;
import org.integra.system.Actor;
import org.integra.ranking.ScoringModelVersion;
import org.integra.ranking.ScoringModels;
import org.integra.ranking.ScoreScale;
import org.integra.ranking.Shortlist;
import org.integra.ranking.ShortlistEntry;
import org.integra.system.ApiPage;
import org.integra.system.ValidationFailedException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/shortlist")
@Tag(name = "Shortlist", description = "Cities chosen from the ranking for outreach")
class ShortlistApiController {

	record EntryDto(long id, long cityId, long modelId, String modelName, long modelVersionId, int modelVersion,
			int rank, int rankedCities,
			@Schema(description = "The score the city had under that model version when it was shortlisted, in "
					+ "points, 0 to 100, one decimal") BigDecimal score,
			String reason, String shortlistedBy, Instant shortlistedAt) {
	}

	/** A city to shortlist, the model version it is ranked with, and why. */
	record ShortlistBody(Long cityId, Long modelVersionId, String reason) {
	}

	private final Shortlist shortlist;

	private final ScoringModels models;

	ShortlistApiController(Shortlist shortlist, ScoringModels models) {
		this.shortlist = shortlist;
		this.models = models;
	}

	@GetMapping
	@Operation(summary = "The shortlist, newest first")
	ApiPage<EntryDto> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		Page<ShortlistEntry> entries = this.shortlist
			.entries(PageRequest.of(Math.max(0, page), Math.min(500, Math.max(1, size))));
		return ApiPage.of(entries, this::dto);
	}

	@PostMapping
	@Operation(summary = "Shortlist a city",
			description = "Records the model version and the city's current rank and score under its weights, and makes "
					+ "the city a candidate in stage SHORTLISTED. 400 when the reason is missing, the city is "
					+ "already shortlisted, or the version does not rank the city (not eligible or incomplete); "
					+ "404 for an unknown version or city.")
	ResponseEntity<EntryDto> add(@RequestBody ShortlistBody body, Actor actor) {
		MapBindingResult errors = new MapBindingResult(new HashMap<String, Object>(), "shortlist");
		if (body == null || body.cityId() == null) {
			errors.rejectValue("cityId", "ranking.notFound.id");
		}
		if (body == null || body.modelVersionId() == null) {
			errors.rejectValue("modelVersionId", "ranking.notFound.id");
		}
		if (errors.hasErrors()) {
			throw new ValidationFailedException(errors);
		}
		ShortlistEntry entry;
		try {
			entry = this.shortlist.add(body.cityId(), body.modelVersionId(), body.reason(), RankingPolicy.of(actor));
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue(ex.getMessage().startsWith("ranking.shortlist.reason") ? "reason" : "cityId",
					ex.getMessage());
			throw new ValidationFailedException(errors);
		}
		return ResponseEntity.created(URI.create("/api/v1/shortlist/" + entry.getId())).body(dto(entry));
	}

	private EntryDto dto(ShortlistEntry entry) {
		ScoringModelVersion version = this.models.versionById(entry.getModelVersionId());
		return new EntryDto(entry.getId(), entry.getCityId(), version.getModelId(),
				this.models.get(version.getModelId()).getName(), version.getId(), version.getNumber(), entry.getRank(),
				entry.getRankedCities(), ScoreScale.points(entry.getScore()), entry.getReason(),
				entry.getShortlistedBy(), entry.getShortlistedAt());
	}

}
