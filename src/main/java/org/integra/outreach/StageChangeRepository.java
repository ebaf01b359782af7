package org.integra.outreach;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StageChangeRepository extends JpaRepository<StageChange, Long> {

	List<StageChange> findByCandidateIdOrderByChangedAtDescIdDesc(long candidateId);

	List<StageChange> findByCandidateIdInAndToStageOrderByChangedAtDescIdDesc(Collection<Long> candidateIds,
			Stage toStage);

}
