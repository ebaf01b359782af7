package org.integra.events;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long>, JpaSpecificationExecutor<Invitation> {

	/** The seats the event's accepted invitations hold, but the one's. */
	@Query("select coalesce(sum(i.partySize), 0) from Invitation i where i.eventId = :eventId "
			+ "and i.status = org.integra.events.InvitationStatus.ACCEPTED and i.id <> :exceptId")
	long seatsTakenExcept(long eventId, long exceptId);

	/** The seats the event's accepted invitations hold. */
	@Query("select coalesce(sum(i.partySize), 0) from Invitation i where i.eventId = :eventId "
			+ "and i.status = org.integra.events.InvitationStatus.ACCEPTED")
	long seatsTaken(long eventId);

	@Query("select i.emailKey from Invitation i where i.eventId = :eventId")
	List<String> emailKeys(long eventId);

	long countByEventIdAndRequestedViaId(long eventId, long requestedViaId);

	long countByEventIdAndStatusAndIdNot(long eventId, InvitationStatus status, long id);

	/**
	 * How many of the event's invitations are in each status, as (status, count) rows.
	 */
	@Query("select i.status, count(i) from Invitation i where i.eventId = :eventId group by i.status")
	List<Object[]> countByStatus(long eventId);

	/** The same, of the invitations of these cities only. */
	@Query("select i.status, count(i) from Invitation i where i.eventId = :eventId and i.cityId in :cityIds "
			+ "group by i.status")
	List<Object[]> countByStatusOfCities(long eventId, Collection<Long> cityIds);

	Optional<Invitation> findByIdAndEventId(long id, long eventId);

	List<Invitation> findByEventId(long eventId);

	/**
	 * The invitations that may be checked in: accepted, or with an attendance already.
	 */
	@Query("select new org.integra.events.CheckInLine(i.id, i.inviteeName, i.organizationName, i.cityId) "
			+ "from Invitation i where i.eventId = :eventId and (i.status = org.integra.events.InvitationStatus.ACCEPTED "
			+ "or i.id in (select a.invitationId from Attendance a where a.eventId = :eventId))")
	List<CheckInLine> checkInLines(long eventId);

	/** Each invitation of the event as (id, status). */
	@Query("select i.id, i.status from Invitation i where i.eventId = :eventId")
	List<Object[]> idsAndStatuses(long eventId);

	/**
	 * How many accepted and were not checked in: the no-shows, once the event is over
	 * ({@link AttendanceRules#isNoShow}).
	 */
	@Query("select count(i) from Invitation i where i.eventId = :eventId "
			+ "and i.status = org.integra.events.InvitationStatus.ACCEPTED and not exists "
			+ "(select a.id from Attendance a where a.invitationId = i.id and a.checkedInAt is not null)")
	long acceptedNotCheckedIn(long eventId);

	Page<Invitation> findByEventIdOrderByInviteeNameAscIdAsc(long eventId, Pageable pageable);

	Page<Invitation> findByEventIdAndStatusOrderByInviteeNameAscIdAsc(long eventId, InvitationStatus status,
			Pageable pageable);

	List<Invitation> findByEventIdAndStatusOrderByWaitlistedAtAscIdAsc(long eventId, InvitationStatus status);

	List<Invitation> findByEventIdAndEmailKeyIn(long eventId, Collection<String> emailKeys);

	boolean existsByEventIdAndEmailKey(long eventId, String emailKey);

	List<Invitation> findByPersonId(long personId);

	List<Invitation> findByCityId(long cityId);

}
