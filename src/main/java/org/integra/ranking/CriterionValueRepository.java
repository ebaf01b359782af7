package org.integra.ranking;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CriterionValueRepository extends JpaRepository<CriterionValue, Long> {

	List<CriterionValue> findByCityId(long cityId);

	Optional<CriterionValue> findByCityIdAndCriterionId(long cityId, long criterionId);

}
