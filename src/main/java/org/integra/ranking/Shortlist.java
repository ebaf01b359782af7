package org.integra.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cities chosen from the ranking for outreach. Shortlisting records the model
 * version, rank and score behind the decision and announces {@link CityShortlisted}.
 */
@Service
@Transactional(readOnly = true)
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
	 * @throws IllegalArgumentException with a message key if the reason is blank or too
	 * long, the city is already shortlisted or the version does not rank it
	 */
	@Transactional
	public ShortlistEntry add(long cityId, long versionId, String text, String user) {
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
	 * The score of each city's latest shortlisting, for the cities that were shortlisted,
	 * in one query.
	 */
	public Map<Long, BigDecimal> latestScores(Collection<Long> cityIds) {
		if (cityIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, BigDecimal> scores = new HashMap<>();
		for (ShortlistEntry entry : this.entries.findByCityIdInOrderByShortlistedAtDescIdDesc(cityIds)) {
			scores.putIfAbsent(entry.getCityId(), entry.getScore());
		}
		return scores;
	}

}
