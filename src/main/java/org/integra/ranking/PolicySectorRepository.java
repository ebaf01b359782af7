package org.integra.ranking;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PolicySectorRepository extends JpaRepository<PolicySector, Long> {

	List<PolicySector> findAllByOrderByCodeAsc();

	Optional<PolicySector> findByCodeIgnoreCase(String code);

	boolean existsByCodeIgnoreCase(String code);

	boolean existsByCodeIgnoreCaseAndIdNot(String code, Long id);

}
