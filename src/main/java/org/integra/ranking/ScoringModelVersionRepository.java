package org.integra.ranking;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScoringModelVersionRepository extends JpaRepository<ScoringModelVersion, Long> {

	Optional<ScoringModelVersion> findByModelIdAndNumber(long modelId, int number);

	List<ScoringModelVersion> findByModelIdOrderByNumberDesc(long modelId);

}
