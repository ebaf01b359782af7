package org.integra.ranking;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FeeBracketRepository extends JpaRepository<FeeBracket, Long> {

	List<FeeBracket> findAllByOrderByPopulationMinAsc();

}
