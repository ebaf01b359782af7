package org.integra.outreach;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StageChangeRepository extends JpaRepository<StageChange, Long> {

	List<StageChange> findByCandidateIdOrderByChangedAtDescIdDesc(long candidateId);

}
