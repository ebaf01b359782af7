package org.integra.outreach;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateRepository extends JpaRepository<Candidate, Long> {

	Optional<Candidate> findByCityId(long cityId);

	Page<Candidate> findByStageOrderByStageSinceDescIdDesc(Stage stage, Pageable pageable);

	Page<Candidate> findAllByOrderByStageSinceDescIdDesc(Pageable pageable);

}
