package org.integra.outreach;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateRepository extends JpaRepository<Candidate, Long> {

	Optional<Candidate> findByCityId(long cityId);

	Page<Candidate> findByStageOrderByStageSinceDescIdDesc(Stage stage, Pageable pageable);

	Page<Candidate> findAllByOrderByStageSinceDescIdDesc(Pageable pageable);

	Page<Candidate> findByCityIdInOrderByStageSinceDescIdDesc(Collection<Long> cityIds, Pageable pageable);

	Page<Candidate> findByCityIdInAndStageOrderByStageSinceDescIdDesc(Collection<Long> cityIds, Stage stage,
			Pageable pageable);

}
