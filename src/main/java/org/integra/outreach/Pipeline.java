package org.integra.outreach;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.integra.cities.CityCatalog;
import org.integra.ranking.CityShortlisted;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outreach pipeline: candidates, their stages and the history of their moves.
 */
@Service
@Transactional(readOnly = true)
public class Pipeline {

	private final CandidateRepository candidates;

	private final StageChangeRepository changes;

	private final CityCatalog cities;

	private final Clock clock;

	Pipeline(CandidateRepository candidates, StageChangeRepository changes, CityCatalog cities, Clock clock) {
		this.candidates = candidates;
		this.changes = changes;
		this.cities = cities;
		this.clock = clock;
	}

	public Optional<Candidate> candidate(long cityId) {
		return this.candidates.findByCityId(cityId);
	}

	/** Newest first. */
	public List<StageChange> history(Candidate candidate) {
		return this.changes.findByCandidateIdOrderByChangedAtDescIdDesc(candidate.getId());
	}

	public Page<Candidate> candidates(Stage stage, Pageable pageable) {
		return (stage == null) ? this.candidates.findAllByOrderByStageSinceDescIdDesc(pageable)
				: this.candidates.findByStageOrderByStageSinceDescIdDesc(stage, pageable);
	}

	/**
	 * Adds a city to the pipeline as identified, if it is not there yet.
	 */
	@Transactional
	public Candidate identify(long cityId, String note, String user) {
		return this.candidates.findByCityId(cityId)
			.orElseGet(() -> enter(cityId, Stage.IDENTIFIED, note, user, this.clock.instant()));
	}

	/**
	 * A city shortlisted from the ranking becomes a candidate in stage shortlisted, in
	 * the same transaction, unless it is already further along.
	 */
	@EventListener
	@Transactional
	public void on(CityShortlisted event) {
		Optional<Candidate> existing = this.candidates.findByCityId(event.cityId());
		Optional<Stage> target = StageTransitions.onShortlist(existing.map(Candidate::getStage).orElse(null));
		if (target.isEmpty()) {
			return;
		}
		if (existing.isEmpty()) {
			enter(event.cityId(), target.get(), event.reason(), event.user(), event.at());
			return;
		}
		Candidate candidate = existing.get();
		Stage from = candidate.getStage();
		candidate.moveTo(target.get(), event.at());
		this.changes
			.save(new StageChange(candidate.getId(), from, target.get(), event.reason(), event.user(), event.at()));
	}

	private Candidate enter(long cityId, Stage stage, String note, String user, Instant at) {
		this.cities.markCandidate(cityId);
		Candidate candidate = this.candidates.saveAndFlush(new Candidate(cityId, stage, at));
		this.changes.save(new StageChange(candidate.getId(), null, stage, note, user, at));
		return candidate;
	}

}
