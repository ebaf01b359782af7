package org.integra.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.system.Actor;
import org.integra.system.ValidationFailedException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The check-in on the day: the accepted invitees and the walk-ins, searched by name,
 * organisation or city ignoring accents; one tap checks a person in, another undoes it.
 * Checking in a person of a candidate city makes its follow-up
 * ({@link AttendanceFollowUp}).
 */
@Service
@Transactional(readOnly = true)
public class CheckIns {

	private final Events events;

	private final InvitationRepository invitations;

	private final AttendanceRepository attendances;

	private final AttendanceFollowUp followUp;

	private final RegistrationRepository registrations;

	private final AttendanceRecords records;

	private final CityCatalog cities;

	private final Clock clock;

	CheckIns(Events events, InvitationRepository invitations, AttendanceRepository attendances,
			AttendanceFollowUp followUp, RegistrationRepository registrations, AttendanceRecords records,
			CityCatalog cities, Clock clock) {
		this.registrations = registrations;
		this.records = records;
		this.events = events;
		this.invitations = invitations;
		this.attendances = attendances;
		this.followUp = followUp;
		this.cities = cities;
		this.clock = clock;
	}

	/**
	 * The people who may be checked in that match the query, by name: the accepted
	 * invitees, the registrants who confirmed their address, and whoever has an
	 * attendance (walk-ins, those checked in).
	 */
	public List<CheckInRow> list(long eventId, String query) {
		this.events.get(eventId);
		List<Attendance> attendances = this.attendances.findByEventId(eventId);
		Map<Long, Attendance> byInvitation = attendances.stream()
			.filter((attendance) -> attendance.getInvitationId() != null)
			.collect(Collectors.toMap(Attendance::getInvitationId, Function.identity()));
		List<CheckInLine> lines = this.invitations.checkInLines(eventId);
		Map<Long, CitySummary> cityNames = this.cities
			.findAll(lines.stream().map(CheckInLine::cityId).filter(Objects::nonNull).distinct().toList());
		AttendanceRules.Search search = AttendanceRules.search(query);
		List<CheckInRow> rows = new ArrayList<>();
		for (CheckInLine line : lines) {
			CitySummary city = (line.cityId() != null) ? cityNames.get(line.cityId()) : null;
			String cityName = (city != null) ? city.name() : null;
			if (search.matches(line.inviteeName(), line.organizationName(), cityName)) {
				Attendance attendance = byInvitation.get(line.id());
				rows.add(new CheckInRow(line.id(), (attendance != null) ? attendance.getId() : null, null,
						line.inviteeName(), line.organizationName(), cityName,
						attendance != null && attendance.isCheckedIn(), false));
			}
		}
		for (Attendance attendance : attendances) {
			if (attendance.getInvitationId() == null && search.matches(attendance.getAttendeeName(),
					attendance.getOrganizationName(), attendance.getCityName())) {
				rows.add(new CheckInRow(null, attendance.getId(), attendance.getRegistrationId(),
						attendance.getAttendeeName(), attendance.getOrganizationName(), attendance.getCityName(),
						attendance.isCheckedIn(), attendance.getSource() == Attendance.Source.WALK_IN));
			}
		}
		for (Object[] registrant : this.registrations.confirmedWithoutAttendance(eventId)) {
			String name = (String) registrant[1];
			String organization = (String) registrant[2];
			String city = (String) registrant[3];
			if (search.matches(name, organization, city)) {
				rows.add(new CheckInRow(null, null, (Long) registrant[0], name, organization, city, false, false));
			}
		}
		rows.sort(Comparator.comparing(CheckInRow::name, String.CASE_INSENSITIVE_ORDER).thenComparing(CheckInRow::key));
		return rows;
	}

	/** How many came, and how many accepted but did not come once the event is over. */
	public AttendanceCounts counts(long eventId) {
		Event event = this.events.get(eventId);
		boolean counted = AttendanceRules.noShowsCounted(event.getStatus(), event.getEndsAt(), this.clock.instant());
		long noShows = counted ? this.invitations.acceptedNotCheckedIn(eventId) : 0;
		long attended = 0;
		long walkIns = 0;
		for (Object[] row : this.attendances.checkedInBySource(eventId)) {
			attended += (Long) row[1];
			walkIns += (row[0] == Attendance.Source.WALK_IN) ? (Long) row[1] : 0;
		}
		return new AttendanceCounts(attended, walkIns, noShows, counted);
	}

	/**
	 * Checks the invitee in, and makes the follow-up of their city once.
	 * @return what the follow-up did
	 * @throws org.integra.system.NotFoundException when the event has no such invitation
	 * @throws CheckInRefusedException when the invitation is not accepted or the event
	 * not open for check-in
	 */
	@Transactional
	public CheckInOutcome checkIn(long eventId, long invitationId, Actor actor) {
		Event event = requireOpen(eventId, actor);
		Invitation invitation = this.invitations.findByIdAndEventId(invitationId, eventId)
			.orElseThrow(() -> new org.integra.system.NotFoundException("events.invitation.notFound", invitationId));
		Attendance attendance = this.attendances.findByInvitationId(invitationId).orElse(null);
		if (attendance == null && invitation.getStatus() != InvitationStatus.ACCEPTED) {
			throw new CheckInRefusedException("events.checkIn.refused.notAccepted");
		}
		Instant now = this.clock.instant();
		if (attendance == null) {
			String city = (invitation.getCityId() != null)
					? this.cities.find(invitation.getCityId()).map(CitySummary::name).orElse(null) : null;
			attendance = Attendance.ofInvitation(invitation, city, actor.username(), now);
		}
		if (!attendance.isCheckedIn()) {
			attendance.checkIn(actor.username(), now);
		}
		attendance = this.attendances.saveAndFlush(attendance);
		return this.followUp.onCheckedIn(event, invitation, attendance, actor.username());
	}

	/**
	 * Undoes a check-in. The city's stage, its interaction and its tasks stay: the
	 * pipeline moves back only with a note, by a coordinator, on the candidate's page.
	 * @throws org.integra.system.NotFoundException when the event has no such attendance
	 */
	@Transactional
	public Attendance undo(long eventId, long attendanceId, Actor actor) {
		requireOpen(eventId, actor);
		Attendance attendance = attendance(eventId, attendanceId);
		attendance.undo();
		return this.attendances.saveAndFlush(attendance);
	}

	/** Checks in again an attendance undone (a walk-in's, e.g.). */
	@Transactional
	public Attendance redo(long eventId, long attendanceId, Actor actor) {
		requireOpen(eventId, actor);
		Attendance attendance = attendance(eventId, attendanceId);
		if (attendance.getInvitationId() != null) {
			checkIn(eventId, attendance.getInvitationId(), actor);
			return attendance(eventId, attendanceId);
		}
		if (attendance.getRegistrationId() != null) {
			this.records.checkInRegistration(eventId, attendance.getRegistrationId(), actor);
			return attendance(eventId, attendanceId);
		}
		attendance.checkIn(actor.username(), this.clock.instant());
		return this.attendances.saveAndFlush(attendance);
	}

	/**
	 * Adds and checks in someone who came without an invitation.
	 * @throws ValidationFailedException naming the refused fields
	 */
	@Transactional
	public Attendance walkIn(long eventId, AttendanceRules.WalkIn walkIn, Actor actor) {
		requireOpen(eventId, actor);
		List<Map.Entry<String, String>> problems = AttendanceRules.problems(walkIn);
		if (!problems.isEmpty()) {
			throw new ValidationFailedException(problems);
		}
		return this.attendances
			.saveAndFlush(Attendance.walkIn(eventId, walkIn, actor.username(), this.clock.instant()));
	}

	private Attendance attendance(long eventId, long attendanceId) {
		return this.attendances.findByIdAndEventId(attendanceId, eventId)
			.orElseThrow(() -> new org.integra.system.NotFoundException("events.attendance.notFound", attendanceId));
	}

	private Event requireOpen(long eventId, Actor actor) {
		if (!EventPolicy.of(actor).mayCheckIn()) {
			throw new AccessDeniedException("events");
		}
		Event event = this.events.get(eventId);
		if (event.getStatus() == EventStatus.DRAFT || event.getStatus() == EventStatus.CANCELLED) {
			throw new CheckInRefusedException("events.checkIn.refused.status");
		}
		return event;
	}

	/**
	 * A line of the check-in list.
	 *
	 * @param invitationId the invitation, for an invitee
	 * @param attendanceId the attendance, once there is one
	 * @param registrationId the public registration, for a registrant
	 * @param name who
	 * @param organization from where, if known
	 * @param city their city, if known
	 * @param checkedIn whether they are checked in
	 * @param walkIn whether they came without an invitation
	 */
	public record CheckInRow(Long invitationId, Long attendanceId, Long registrationId, String name,
			String organization, String city, boolean checkedIn, boolean walkIn) {

		/** The row's id on the page. */
		public String key() {
			if (this.invitationId != null) {
				return "i" + this.invitationId;
			}
			return (this.attendanceId != null) ? "a" + this.attendanceId : "r" + this.registrationId;
		}

	}

	/**
	 * The attendance figures of an event.
	 *
	 * @param attended how many were checked in (walk-ins too)
	 * @param walkIns of those, how many came without an invitation
	 * @param noShows how many accepted but were not checked in, once the event is over
	 * @param noShowsCounted whether the event is over, so that no-shows count
	 */
	public record AttendanceCounts(long attended, long walkIns, long noShows, boolean noShowsCounted) {
	}

}
