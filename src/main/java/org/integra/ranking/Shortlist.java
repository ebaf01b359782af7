package org.integra.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.integra.ranking.engine.RankedAlternative;
import org.integra.system.NotFoundException;
import org.integra.system.TextInput;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/**
 * The cities chosen from the ranking for outreach. Shortlisting records the model
 * version, rank and score behind the decision and announces {@link CityShortlisted}.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class Shortlist {

	/** Longest reason accepted. */
	public static final int REASON_MAX = 4000;

	private final ShortlistEntryRepository entries;

	private final ScoringModels models;

	private final CandidateRanking ranking;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Shortlist(ShortlistEntryRepository entries, ScoringModels models, CandidateRanking ranking,
			ApplicationEventPublisher events, Clock clock) {
		this.entries = entries;
		this.models = models;
		this.ranking = ranking;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Where a city stands under a model version's own weights.
	 * @throws NotFoundException if the version does not exist
	 * @throws IllegalArgumentException with a message key if the city is not ranked by it
	 * (unknown, not eligible or incomplete)
	 */
	public ShortlistCandidate candidate(long cityId, long versionId) {
		ScoringModelVersion version = this.models.versionById(versionId);
		RankingView view = this.ranking.rank(version);
		RankedAlternative row = view.rowOf(cityId)
			.orElseThrow(() -> new IllegalArgumentException(view.cities().containsKey(Long.toString(cityId))
					? "ranking.shortlist.incomplete" : "ranking.shortlist.notEligible"));
		return new ShortlistCandidate(view.city(row), version, row, view.result().ranked().size(),
				this.entries.existsByCityId(cityId));
	}

	/**
	 * Shortlists a city with a reason.
	 * @param policy who shortlists it and what they may do
	 * @throws AccessDeniedException when the user may not shortlist
	 * @throws IllegalArgumentException with a message key if the reason is blank or too
	 * long, the city is already shortlisted or the version does not rank it
	 */
	@Transactional
	public ShortlistEntry add(long cityId, long versionId, String text, RankingPolicy policy) {
		if (!policy.mayShortlist()) {
			throw new AccessDeniedException("not allowed to shortlist");
		}
		String user = policy.username();
		String reason = TextInput.withoutNul(text);
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("ranking.shortlist.reason.required");
		}
		if (reason.length() > REASON_MAX) {
			throw new IllegalArgumentException("ranking.shortlist.reason.tooLong");
		}
		ShortlistCandidate candidate = candidate(cityId, versionId);
		if (candidate.alreadyShortlisted()) {
			throw new IllegalArgumentException("ranking.shortlist.already");
		}
		BigDecimal score = BigDecimal.valueOf(candidate.row().score()).setScale(6, RoundingMode.HALF_UP);
		ShortlistEntry entry = this.entries.saveAndFlush(new ShortlistEntry(cityId, versionId, candidate.row().rank(),
				score, candidate.rankedCities(), reason.trim(), user, this.clock.instant()));
		this.events.publishEvent(new CityShortlisted(cityId, entry.getId(), versionId, entry.getRank(), score,
				entry.getReason(), user, entry.getShortlistedAt()));
		return entry;
	}

	public Page<ShortlistEntry> entries(Pageable pageable) {
		return this.entries.findAllByOrderByShortlistedAtDescIdDesc(pageable);
	}

	public List<ShortlistEntry> entriesOf(long cityId) {
		return this.entries.findByCityIdOrderByShortlistedAtDesc(cityId);
	}

	/**
	 * A stored score with the model version it was computed with.
	 *
	 * @param points the score in points, 0 to 100, one decimal (see {@link ScoreScale})
	 * @param modelName the scoring model's name
	 * @param versionNumber the model version's number
	 * @param shortlistedAt when the city was shortlisted
	 * @param shortlistedBy who shortlisted it
	 */
	@NamedInterface(name = "api", propagate = false)
	public record StoredScore(BigDecimal points, String modelName, int versionNumber, Instant shortlistedAt,
			String shortlistedBy) {
	}

	/**
	 * The score of each city's latest shortlisting with its model version, for the cities
	 * that were shortlisted.
	 */
	public Map<Long, StoredScore> latestScores(Collection<Long> cityIds) {
		if (cityIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, ShortlistEntry> latest = new HashMap<>();
		for (ShortlistEntry entry : this.entries.findByCityIdInOrderByShortlistedAtDescIdDesc(cityIds)) {
			latest.putIfAbsent(entry.getCityId(), entry);
		}
		Map<Long, StoredScore> scores = new HashMap<>();
		Map<Long, ScoringModelVersion> versions = new HashMap<>();
		Map<Long, String> modelNames = new HashMap<>();
		latest.forEach((cityId, entry) -> {
			ScoringModelVersion version = versions.computeIfAbsent(entry.getModelVersionId(), this.models::versionById);
			String name = modelNames.computeIfAbsent(version.getModelId(), (id) -> this.models.get(id).getName());
			scores.put(cityId, new StoredScore(ScoreScale.points(entry.getScore()), name, version.getNumber(),
					entry.getShortlistedAt(), entry.getShortlistedBy()));
		});
		return scores;
	}

}
