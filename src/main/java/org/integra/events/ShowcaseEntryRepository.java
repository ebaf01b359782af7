package org.integra.events;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ShowcaseEntryRepository extends JpaRepository<ShowcaseEntry, Long> {

	List<ShowcaseEntry> findByEventIdOrderByIdAsc(long eventId);

	Optional<ShowcaseEntry> findByIdAndEventId(long id, long eventId);

	boolean existsByEventIdAndThematicUnitIdAndIdNot(long eventId, long thematicUnitId, long id);

	List<ShowcaseEntry> findByCoordinatingCityId(long cityId);

	List<ShowcaseEntry> findByContactPersonId(long personId);

}
