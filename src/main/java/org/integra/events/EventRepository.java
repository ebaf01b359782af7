package org.integra.events;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EventRepository extends JpaRepository<Event, Long>, JpaSpecificationExecutor<Event> {

	List<Event> findByCityId(long cityId);

	List<Event> findByOrganizerId(long organizerId);

	boolean existsByOrganizerId(long organizerId);

	@Query("select distinct e.countryCode from Event e where e.countryCode is not null order by e.countryCode")
	List<String> countryCodes();

	/**
	 * The event, its row locked until the transaction ends: answers take seats one at a
	 * time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Event e where e.id = :id")
	Optional<Event> lockById(long id);

}
