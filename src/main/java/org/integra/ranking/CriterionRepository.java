package org.integra.ranking;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CriterionRepository extends JpaRepository<Criterion, Long> {

	List<Criterion> findAllByOrderByCodeAsc();

	List<Criterion> findByActiveTrueOrderByIdAsc();

	Optional<Criterion> findByCodeIgnoreCase(String code);

}
