package org.integra.ranking;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShortlistEntryRepository extends JpaRepository<ShortlistEntry, Long> {

	boolean existsByCityId(long cityId);

	List<ShortlistEntry> findByCityIdOrderByShortlistedAtDesc(long cityId);

	Page<ShortlistEntry> findAllByOrderByShortlistedAtDescIdDesc(Pageable pageable);

	List<ShortlistEntry> findByCityIdInOrderByShortlistedAtDescIdDesc(Collection<Long> cityIds);

}
