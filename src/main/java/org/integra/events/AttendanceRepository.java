package org.integra.events;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

	List<Attendance> findByEventId(long eventId);

	Optional<Attendance> findByIdAndEventId(long id, long eventId);

	Optional<Attendance> findByInvitationId(long invitationId);

	Optional<Attendance> findByRegistrationId(long registrationId);

	/** How many of the event's attendances are checked in, by source: (source, count). */
	@Query("select a.source, count(a) from Attendance a where a.eventId = :eventId and a.checkedInAt is not null "
			+ "group by a.source")
	List<Object[]> checkedInBySource(long eventId);

	/**
	 * Whether someone from the city, invited or registered, was followed up after this
	 * event already.
	 */
	@Query("select count(a) > 0 from Attendance a where a.eventId = :eventId and a.followedUpAt is not null "
			+ "and (a.invitationId in (select i.id from Invitation i where i.eventId = :eventId and i.cityId = :cityId) "
			+ "or a.registrationId in (select r.id from Registration r where r.eventId = :eventId and r.cityId = :cityId))")
	boolean cityFollowedUp(long eventId, long cityId);

}
