package org.integra.outreach;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MentorAssignmentRepository extends JpaRepository<MentorAssignment, Long> {

	List<MentorAssignment> findByCandidateCityIdOrderByAssignedAtAsc(long candidateCityId);

	List<MentorAssignment> findByMentorCityIdOrderByAssignedAtAsc(long mentorCityId);

	Optional<MentorAssignment> findByCandidateCityIdAndMentorCityId(long candidateCityId, long mentorCityId);

	List<MentorAssignment> findByCandidateCityIdInOrderByAssignedAtAscIdAsc(Collection<Long> candidateCityIds);

}
