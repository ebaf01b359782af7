package org.integra.ranking;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ThematicUnitRepository extends JpaRepository<ThematicUnit, Long> {

	List<ThematicUnit> findAllByOrderByNamesEsAsc();

	boolean existsByCodeIgnoreCaseAndIdNot(String code, Long id);

	boolean existsByCodeIgnoreCase(String code);

}
