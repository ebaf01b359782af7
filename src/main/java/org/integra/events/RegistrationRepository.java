package org.integra.events;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

	Optional<Registration> findByTokenHash(String tokenHash);

	Optional<Registration> findByIdAndEventId(long id, long eventId);

	@Query("select r from Registration r where r.eventId = :eventId and r.searchText like :pattern "
			+ "order by r.createdAt desc, r.id desc")
	Page<Registration> search(@Param("eventId") long eventId, @Param("pattern") String pattern, Pageable pageable);

	long countByEventIdAndConfirmedAtIsNotNull(long eventId);

	/**
	 * The registrants who confirmed their address and have no attendance yet, as (id,
	 * name, organization, city).
	 */
	@Query("select r.id, r.name, r.organizationName, r.cityName from Registration r where r.eventId = :eventId "
			+ "and r.confirmedAt is not null and not exists (select a.id from Attendance a where a.registrationId = r.id)")
	List<Object[]> confirmedWithoutAttendance(@Param("eventId") long eventId);

	List<Registration> findByCityId(long cityId);

	List<Registration> findByPersonId(long personId);

}
