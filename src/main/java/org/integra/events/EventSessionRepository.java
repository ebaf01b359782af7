package org.integra.events;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EventSessionRepository extends JpaRepository<EventSession, Long> {

	List<EventSession> findByEventIdOrderByStartsAtAscEndsAtAscIdAsc(long eventId);

	Optional<EventSession> findByIdAndEventId(long id, long eventId);

	@Query("select distinct s from EventSession s join s.speakers p where p.personId = ?1")
	List<EventSession> findBySpeaker(long personId);

}
