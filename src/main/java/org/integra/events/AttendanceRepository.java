package org.integra.events;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

	List<Attendance> findByEventId(long eventId);

	Optional<Attendance> findByIdAndEventId(long id, long eventId);

	Optional<Attendance> findByInvitationId(long invitationId);

	Optional<Attendance> findByRegistrationId(long registrationId);

}
