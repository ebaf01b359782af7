package org.integra.ranking;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScoringModelRepository extends JpaRepository<ScoringModel, Long> {

	List<ScoringModel> findAllByOrderByNameAsc();

}
