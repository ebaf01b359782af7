package org.integra.events.web;

import java.time.Instant;

import org.integra.events.Attendance;
import org.integra.events.CheckIns;
import org.integra.events.Registration;
import org.integra.system.ApiPage;

/** What the events API reads and writes of public registrations and the check-in. */
final class ParticipantDtos {

	private ParticipantDtos() {
	}

	/**
	 * A public registration as submitted, whether its address was confirmed, and the city
	 * and person of Integra a coordinator linked it to.
	 */
	record RegistrationDto(long id, long eventId, String name, String organizationName, String cityName,
			String countryCode, String position, String email, String language, Instant createdAt, Instant confirmedAt,
			Long cityId, Long personId, String linkedBy, long version) {

		static RegistrationDto of(Registration r) {
			return new RegistrationDto(r.getId(), r.getEventId(), r.getName(), r.getOrganizationName(), r.getCityName(),
					r.getCountryCode(), r.getPosition(), r.getEmail(), r.getLanguage(), r.getCreatedAt(),
					r.getConfirmedAt(), r.getCityId(), r.getPersonId(), r.getLinkedBy(), r.getVersion());
		}

	}

	/** A city of Integra to link a registration to. */
	record CityLinkBody(Long cityId) {
	}

	/** The registrant's city, new to Integra: its name and country (ISO code). */
	record NewCityBody(String name, String country) {
	}

	/** A person of the directory to link a registration to. */
	record PersonLinkBody(Long personId) {
	}

	/**
	 * A line of the check-in list: an accepted invitee, a registrant who confirmed their
	 * address, or a walk-in; source is INVITATION, REGISTRATION or WALK_IN.
	 */
	record AttendeeDto(Long invitationId, Long attendanceId, Long registrationId, String source, String name,
			String organization, String city, boolean checkedIn) {

		static AttendeeDto of(CheckIns.CheckInRow row) {
			String source = (row.invitationId() != null) ? Attendance.Source.INVITATION.name()
					: row.walkIn() ? Attendance.Source.WALK_IN.name() : Attendance.Source.REGISTRATION.name();
			return new AttendeeDto(row.invitationId(), row.attendanceId(), row.registrationId(), source, row.name(),
					row.organization(), row.city(), row.checkedIn());
		}

	}

	/**
	 * The attendance figures (walk-ins among those attended; no-shows count once the
	 * event is over) and the people who may be checked in.
	 */
	record AttendanceView(long attended, long walkIns, long noShows, boolean noShowsCounted,
			ApiPage<AttendeeDto> people) {
	}

	/**
	 * Whom to check in: an invitation (accepted), a public registration, or a walk-in by
	 * name with their organisation, city, e-mail and language (es or pt), all optional.
	 */
	record CheckInBody(Long invitationId, Long registrationId, String name, String organization, String city,
			String email, String language) {
	}

	/**
	 * An attendance: who, what brought them, and whether and when they were checked in.
	 */
	record AttendanceDto(long id, long eventId, String source, Long invitationId, Long registrationId, String name,
			String organization, String city, String email, String language, boolean checkedIn, Instant checkedInAt,
			String checkedInBy, long version) {

		static AttendanceDto of(Attendance a) {
			return new AttendanceDto(a.getId(), a.getEventId(), a.getSource().name(), a.getInvitationId(),
					a.getRegistrationId(), a.getAttendeeName(), a.getOrganizationName(), a.getCityName(), a.getEmail(),
					a.getLanguage(), a.isCheckedIn(), a.getCheckedInAt(), a.getCheckedInBy(), a.getVersion());
		}

	}

	/**
	 * A check-in and what its follow-up did: the stage the city moved to (if it moved),
	 * whether an interaction was logged, how many tasks were made.
	 */
	record CheckInResult(AttendanceDto attendance, String movedTo, boolean logged, int tasks) {
	}

}
