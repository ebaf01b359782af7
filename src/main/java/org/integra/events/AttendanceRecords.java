package org.integra.events;

import java.time.Clock;
import java.util.Optional;

import org.integra.system.Actor;
import org.integra.system.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attendances behind the check-in, for the API: a public registrant checked in on the
 * day (beside the invitees and walk-ins of {@link CheckIns}), and the attendance an
 * invitation's check-in made. Open to those who check people in.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceRecords {

	private final Events events;

	private final RegistrationRepository registrations;

	private final AttendanceRepository attendances;

	private final AttendanceFollowUp followUp;

	private final Clock clock;

	AttendanceRecords(Events events, RegistrationRepository registrations, AttendanceRepository attendances,
			AttendanceFollowUp followUp, Clock clock) {
		this.followUp = followUp;
		this.events = events;
		this.registrations = registrations;
		this.attendances = attendances;
		this.clock = clock;
	}

	/**
	 * Checks the registrant in (again, after an undo), with the follow-up of their city
	 * when the team linked the registration to a candidate.
	 * @return what the follow-up did
	 * @throws NotFoundException when the event has no such registration
	 * @throws CheckInRefusedException when the event is not open for check-in
	 * @throws AccessDeniedException when the caller does not check people in
	 */
	@Transactional
	public CheckInOutcome checkInRegistration(long eventId, long registrationId, Actor actor) {
		Event event = requireOpen(eventId, actor);
		Registration registration = this.registrations.findByIdAndEventId(registrationId, eventId)
			.orElseThrow(() -> new NotFoundException("events.registration.notFound"));
		Attendance attendance = this.attendances.findByRegistrationId(registrationId)
			.orElseGet(() -> Attendance.ofRegistration(registration, actor.username(), this.clock.instant()));
		if (!attendance.isCheckedIn()) {
			attendance.checkIn(actor.username(), this.clock.instant());
		}
		attendance = this.attendances.saveAndFlush(attendance);
		return this.followUp.onCheckedIn(event, registration, attendance, actor.username());
	}

	/** The attendance of the event's registration, once it was checked in. */
	public Optional<Attendance> ofRegistration(long eventId, long registrationId, Actor actor) {
		requireChecker(actor);
		return this.attendances.findByRegistrationId(registrationId)
			.filter((attendance) -> attendance.getEventId() == eventId);
	}

	/** The attendance of the event's invitation, once it was checked in. */
	public Optional<Attendance> ofInvitation(long eventId, long invitationId, Actor actor) {
		requireChecker(actor);
		return this.attendances.findByInvitationId(invitationId)
			.filter((attendance) -> attendance.getEventId() == eventId);
	}

	/**
	 * @throws NotFoundException when the event has no such attendance
	 */
	public Attendance get(long eventId, long attendanceId, Actor actor) {
		requireChecker(actor);
		return this.attendances.findByIdAndEventId(attendanceId, eventId)
			.orElseThrow(() -> new NotFoundException("events.attendance.notFound", attendanceId));
	}

	private Event requireOpen(long eventId, Actor actor) {
		requireChecker(actor);
		Event event = this.events.get(eventId);
		if (event.getStatus() == EventStatus.DRAFT || event.getStatus() == EventStatus.CANCELLED) {
			throw new CheckInRefusedException("events.checkIn.refused.status");
		}
		return event;
	}

	private static void requireChecker(Actor actor) {
		if (!EventPolicy.of(actor).mayCheckIn()) {
			throw new AccessDeniedException("events");
		}
	}

}
