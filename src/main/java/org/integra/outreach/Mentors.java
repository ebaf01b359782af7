package org.integra.outreach;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.cities.NetworkRelation;
import org.integra.system.TextInput;
import org.integra.system.ValidationFailedException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Member cities assigned as mentors of candidate cities (plan action 4).
 */
@Service
@Transactional(readOnly = true)
public class Mentors {

	public static final int NOTE_MAX = 1000;

	private final MentorAssignmentRepository assignments;

	private final CandidateRepository candidates;

	private final CityCatalog cities;

	private final Clock clock;

	Mentors(MentorAssignmentRepository assignments, CandidateRepository candidates, CityCatalog cities, Clock clock) {
		this.assignments = assignments;
		this.candidates = candidates;
		this.cities = cities;
		this.clock = clock;
	}

	/** The mentors of a candidate, first assigned first. */
	public List<MentorAssignment> mentorsOf(long candidateCityId) {
		return this.assignments.findByCandidateCityIdOrderByAssignedAtAsc(candidateCityId);
	}

	public Set<Long> mentorCityIdsOf(long candidateCityId) {
		return mentorsOf(candidateCityId).stream()
			.map(MentorAssignment::getMentorCityId)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** The candidate cities a member city mentors. */
	public Set<Long> candidatesOf(long mentorCityId) {
		return this.assignments.findByMentorCityIdOrderByAssignedAtAsc(mentorCityId)
			.stream()
			.map(MentorAssignment::getCandidateCityId)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** The assignment with that id, if it exists. */
	public Optional<MentorAssignment> find(long id) {
		return this.assignments.findById(id);
	}

	public List<MentorAssignment> all() {
		return this.assignments.findAll();
	}

	/**
	 * Assigns a member city as mentor of a candidate in the pipeline; assigning it again
	 * changes nothing.
	 * @throws ValidationFailedException when the candidate is not in the pipeline or the
	 * mentor is not a member city
	 */
	@Transactional
	public MentorAssignment assign(long candidateCityId, long mentorCityId, String note, String user) {
		if (this.candidates.findByCityId(candidateCityId).isEmpty()) {
			throw new ValidationFailedException("candidateCityId", "outreach.mentor.candidate.notInPipeline");
		}
		CitySummary mentor = this.cities.find(mentorCityId)
			.orElseThrow(() -> new ValidationFailedException("mentorCityId", "outreach.mentor.city.notFound"));
		if (mentor.relation() != NetworkRelation.MEMBER) {
			throw new ValidationFailedException("mentorCityId", "outreach.mentor.city.notMember");
		}
		String text = (note == null) ? null : TextInput.withoutNul(note).strip();
		if (text != null && text.length() > NOTE_MAX) {
			throw new ValidationFailedException("note", "outreach.mentor.note.tooLong");
		}
		String kept = (text == null || text.isEmpty()) ? null : text;
		return this.assignments.findByCandidateCityIdAndMentorCityId(candidateCityId, mentorCityId)
			.orElseGet(() -> this.assignments
				.save(new MentorAssignment(candidateCityId, mentorCityId, kept, user, this.clock.instant())));
	}

	/** Ends a mentor assignment; the interactions logged through it stay. */
	@Transactional
	public boolean unassign(long candidateCityId, long mentorCityId) {
		return this.assignments.findByCandidateCityIdAndMentorCityId(candidateCityId, mentorCityId).map((found) -> {
			this.assignments.delete(found);
			return true;
		}).orElse(false);
	}

	/**
	 * The mentors of each of these candidates that has any, first assigned first, in one
	 * query.
	 */
	public Map<Long, List<MentorAssignment>> mentorsOfAll(Collection<Long> candidateCityIds) {
		if (candidateCityIds.isEmpty()) {
			return Map.of();
		}
		return this.assignments.findByCandidateCityIdInOrderByAssignedAtAscIdAsc(candidateCityIds)
			.stream()
			.collect(Collectors.groupingBy(MentorAssignment::getCandidateCityId, LinkedHashMap::new,
					Collectors.toList()));
	}

}
