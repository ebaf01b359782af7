package org.integra.events;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EventRepository extends JpaRepository<Event, Long>, JpaSpecificationExecutor<Event> {

	List<Event> findByCityId(long cityId);

	List<Event> findByOrganizerId(long organizerId);

	boolean existsByOrganizerId(long organizerId);

}
