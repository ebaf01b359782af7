package org.integra.outreach;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.integra.cities.CityCatalog;
import org.integra.ranking.CityShortlisted;

import org.integra.system.NotFoundException;
import org.integra.system.TextInput;

import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

	private final CandidateScope scope;

	private final Clock clock;

	Pipeline(CandidateRepository candidates, StageChangeRepository changes, CityCatalog cities, CandidateScope scope,
			Clock clock) {
		this.candidates = candidates;
		this.changes = changes;
		this.cities = cities;
		this.scope = scope;
		this.clock = clock;
	}

	/** The candidate, if the city is one the current user may see. */
	public Optional<Candidate> candidate(long cityId) {
		if (!this.scope.current().includes(cityId)) {
			return Optional.empty();
		}
		return this.candidates.findByCityId(cityId);
	}

	/** The candidate's stage, whatever the caller's scope. */
	public Optional<Stage> stageOf(long cityId) {
		return this.candidates.findByCityId(cityId).map(Candidate::getStage);
	}

	/** Newest first. */
	public List<StageChange> history(Candidate candidate) {
		return this.changes.findByCandidateIdOrderByChangedAtDescIdDesc(candidate.getId());
	}

	/** The candidates the current user may see, in a stage or in all. */
	public Page<Candidate> candidates(Stage stage, Pageable pageable) {
		CandidateScope.Scope current = this.scope.current();
		if (!current.everything()) {
			if (current.candidateCityIds().isEmpty()) {
				return Page.empty(pageable);
			}
			return (stage == null)
					? this.candidates.findByCityIdInOrderByStageSinceDescIdDesc(current.candidateCityIds(), pageable)
					: this.candidates.findByCityIdInAndStageOrderByStageSinceDescIdDesc(current.candidateCityIds(),
							stage, pageable);
		}
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

	/** Longest note kept with a move. */
	public static final int NOTE_MAX = 4000;

	/**
	 * The stage a candidate on hold was put on hold from, read from its history.
	 */
	public Stage heldFrom(Candidate candidate) {
		if (candidate.getStage() != Stage.ON_HOLD) {
			return null;
		}
		return history(candidate).stream()
			.filter((change) -> change.getToStage() == Stage.ON_HOLD)
			.findFirst()
			.map(StageChange::getFromStage)
			.orElse(null);
	}

	/** The stages this user may move the candidate to; none when they do not move. */
	public List<Stage> targets(Candidate candidate, OutreachPolicy policy) {
		if (!policy.mayMoveCandidates()) {
			return List.of();
		}
		return StageTransitions.targets(candidate.getStage(), heldFrom(candidate), policy);
	}

	/**
	 * Moves a candidate to another stage under the transition rules, recording who moved
	 * it, when, and why.
	 * @param policy who moves it and what they may do
	 * @param expectedVersion the candidate's version the user saw, or {@code null} to
	 * skip the check
	 * @throws MoveRefusedException when the rules refuse the move
	 * @throws OptimisticLockingFailureException when the candidate changed since
	 * @throws NotFoundException when the city is not a candidate
	 */
	@Transactional
	public Candidate move(long cityId, Stage target, String note, OutreachPolicy policy, Long expectedVersion) {
		Candidate candidate = candidate(cityId)
			.orElseThrow(() -> new NotFoundException("outreach.candidate.notFound", cityId));
		if (expectedVersion != null && expectedVersion != candidate.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Candidate.class, cityId);
		}
		String text = (note == null) ? null : TextInput.withoutNul(note).strip();
		if (text != null && text.isEmpty()) {
			text = null;
		}
		if (text != null && text.length() > NOTE_MAX) {
			throw new MoveRefusedException("outreach.move.refused.noteTooLong");
		}
		Stage from = candidate.getStage();
		Optional<String> refusal = StageTransitions.refusal(from, target, heldFrom(candidate), policy, text);
		if (refusal.isPresent()) {
			throw new MoveRefusedException(refusal.get());
		}
		Instant now = this.clock.instant();
		candidate.moveTo(target, now);
		Candidate saved = this.candidates.saveAndFlush(candidate);
		this.changes.save(new StageChange(candidate.getId(), from, target, text, policy.username(), now));
		return saved;
	}

	/**
	 * Moves the candidate on its own, for a step another module's record makes (an
	 * accepted invitation, a check-in at an event): the rule says where its current stage
	 * goes, and the move happens only when the pipeline's rules allow it as a coordinator
	 * would make it, whoever the caller is (an invitee through their link too).
	 * @param rule the stage to go to from the current one, if any
	 * @param note why, kept with the move
	 * @param user who caused it
	 * @return the stage reached, or nothing when the city is no candidate or does not
	 * move
	 */
	@Transactional
	public Optional<Stage> advance(long cityId, Function<Stage, Optional<Stage>> rule, String note, String user) {
		Optional<Candidate> found = this.candidates.findByCityId(cityId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Candidate candidate = found.get();
		Stage from = candidate.getStage();
		Optional<Stage> target = rule.apply(from);
		String text = (note == null) ? null : TextInput.withoutNul(note).strip();
		if (text != null) {
			text = text.isEmpty() ? null : text.substring(0, Math.min(text.length(), NOTE_MAX));
		}
		if (target.isEmpty() || StageTransitions
			.refusal(from, target.get(), heldFrom(candidate), OutreachPolicy.onBehalfOf(user), text)
			.isPresent()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		candidate.moveTo(target.get(), now);
		this.candidates.saveAndFlush(candidate);
		this.changes.save(new StageChange(candidate.getId(), from, target.get(), text, user, now));
		return target;
	}

	private Candidate enter(long cityId, Stage stage, String note, String user, Instant at) {
		this.cities.markCandidate(cityId);
		Candidate candidate = this.candidates.saveAndFlush(new Candidate(cityId, stage, at));
		this.changes.save(new StageChange(candidate.getId(), null, stage, note, user, at));
		return candidate;
	}

	/**
	 * The stages this user may move each candidate to, by city id, reading the history of
	 * all candidates on hold in one query (for a board of cards); none for a user who
	 * does not move candidates.
	 */
	public Map<Long, List<Stage>> targets(Collection<Candidate> candidates, OutreachPolicy policy) {
		if (!policy.mayMoveCandidates()) {
			return Map.of();
		}
		List<Long> held = candidates.stream()
			.filter((candidate) -> candidate.getStage() == Stage.ON_HOLD)
			.map(Candidate::getId)
			.toList();
		Map<Long, Stage> heldFrom = new HashMap<>();
		if (!held.isEmpty()) {
			for (StageChange change : this.changes.findByCandidateIdInAndToStageOrderByChangedAtDescIdDesc(held,
					Stage.ON_HOLD)) {
				heldFrom.putIfAbsent(change.getCandidateId(), change.getFromStage());
			}
		}
		Map<Long, List<Stage>> targets = new HashMap<>();
		for (Candidate candidate : candidates) {
			targets.put(candidate.getCityId(),
					StageTransitions.targets(candidate.getStage(), heldFrom.get(candidate.getId()), policy));
		}
		return targets;
	}

}
