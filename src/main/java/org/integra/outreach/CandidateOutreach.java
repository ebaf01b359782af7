package org.integra.outreach;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outreach to candidates for other modules (e.g. the letters), as ids and values
 * rather than the candidate, interaction and mentor-assignment entities; everything
 * within the current user's scope, as {@link Pipeline}, {@link Mentors} and
 * {@link Interactions} answer it.
 */
@NamedInterface(name = "api", propagate = false)
@Service
@Transactional(readOnly = true)
public class CandidateOutreach {

	private final Pipeline pipeline;

	private final Mentors mentors;

	private final Interactions interactions;

	CandidateOutreach(Pipeline pipeline, Mentors mentors, Interactions interactions) {
		this.pipeline = pipeline;
		this.mentors = mentors;
		this.interactions = interactions;
	}

	/** Whether the city is a candidate the current user may see. */
	public boolean isCandidate(long cityId) {
		return this.pipeline.candidate(cityId).isPresent();
	}

	/** The cities of the candidates the current user may see, in any stage. */
	public List<Long> candidateCityIds() {
		return this.pipeline.candidates(null, Pageable.unpaged())
			.getContent()
			.stream()
			.map(Candidate::getCityId)
			.toList();
	}

	/**
	 * The candidates the current user may see with their stage and the interest of their
	 * latest interaction, e.g. to choose whom to invite to an event.
	 */
	public List<CandidateStanding> standings() {
		List<Candidate> candidates = this.pipeline.candidates(null, Pageable.unpaged()).getContent();
		Map<Long, InterestLevel> latest = this.interactions
			.latestInterests(candidates.stream().map(Candidate::getCityId).toList());
		return candidates.stream()
			.map((candidate) -> new CandidateStanding(candidate.getCityId(), candidate.getStage(),
					latest.getOrDefault(candidate.getCityId(), InterestLevel.NONE)))
			.toList();
	}

	/** The member cities assigned as mentors of a candidate, first assigned first. */
	public List<Long> mentorCityIdsOf(long candidateCityId) {
		return this.mentors.mentorsOf(candidateCityId).stream().map(MentorAssignment::getMentorCityId).toList();
	}

	/**
	 * The interest the city showed in its latest interaction; none when it has none or is
	 * outside the user's scope.
	 */
	public InterestLevel latestInterest(long cityId) {
		return this.interactions.ofCity(cityId)
			.stream()
			.findFirst()
			.map(Interaction::getInterest)
			.orElse(InterestLevel.NONE);
	}

	/**
	 * Logs an interaction, as {@link Interactions#log} does.
	 * @return the id of the interaction logged
	 */
	@Transactional
	public long log(InteractionDraft draft, String user) {
		return this.interactions.log(draft, user).getId();
	}

	/**
	 * Moves the candidate as {@link Pipeline#advance} does: where the rule says from its
	 * current stage, if the pipeline's rules allow it, whoever the caller is.
	 * @return the stage reached, or nothing when it did not move
	 */
	@Transactional
	public Optional<Stage> advance(long cityId, Function<Stage, Optional<Stage>> rule, String note, String user) {
		return this.pipeline.advance(cityId, rule, note, user);
	}

	/**
	 * The candidate's stage, whatever the caller's scope (e.g. for a check-in list);
	 * nothing when the city is no candidate.
	 */
	public Optional<Stage> stageOf(long cityId) {
		return this.pipeline.stageOf(cityId);
	}

	/**
	 * A city met at an event (e.g. registered to it) enters the pipeline as identified,
	 * unless it is there already, and the event is logged as an interaction of kind and
	 * channel {@link Channel#EVENT}.
	 * @return whether the city entered the pipeline now
	 */
	@Transactional
	public boolean identifyAtEvent(long cityId, String summary, java.time.LocalDate on, String user) {
		boolean entered = this.pipeline.candidate(cityId).isEmpty();
		this.pipeline.identify(cityId, summary, user);
		this.interactions.log(new InteractionDraft(cityId, on, InteractionKind.EVENT, Channel.EVENT, null, null, null,
				summary, null, InterestLevel.NONE, null, null, null), user);
		return entered;
	}

}
