package org.integra.events.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.integra.events.Attendance;
import org.integra.events.AttendanceRecords;
import org.integra.events.AttendanceRules;
import org.integra.events.CheckInOutcome;
import org.integra.events.CheckIns;
import org.integra.events.EventPolicy;
import org.integra.events.Events;
import org.integra.system.Actor;
import org.integra.system.ApiPage;
import org.integra.system.ValidationFailedException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/events/{id:\\d+}")
@Tag(name = "Check-in",
		description = "The check-in on the day: the accepted invitees, registrants and walk-ins with the attendance "
				+ "figures, a check-in and its undoing; admins, coordinators and the secretariat check people in")
class CheckInApiController {

	/** People per page of the attendance list, at most. */
	static final int PAGE_SIZE_MAX = 500;

	private final Events events;

	private final CheckIns checkIns;

	private final AttendanceRecords records;

	CheckInApiController(Events events, CheckIns checkIns, AttendanceRecords records) {
		this.events = events;
		this.checkIns = checkIns;
		this.records = records;
	}

	@GetMapping("/attendance")
	@Operation(summary = "The attendance: its figures and the people who may be checked in",
			description = "attended (walk-ins too), walkIns, noShows (accepted but not checked in, counted once "
					+ "the event is held or its end has passed: noShowsCounted), and the accepted invitees, "
					+ "registrants checked in and walk-ins by name, optionally those matching q (name, "
					+ "organisation or city, accents and case ignored), in pages of size (at most " + PAGE_SIZE_MAX
					+ "). 403 for roles that do not check people in; 404 when there is no such " + "event.")
	ParticipantDtos.AttendanceView attendance(@PathVariable long id, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "500") int size, Actor actor) {
		requireChecker(actor);
		CheckIns.AttendanceCounts counts = this.checkIns.counts(id);
		var people = this.checkIns.list(id, q).stream().map(ParticipantDtos.AttendeeDto::of).toList();
		return new ParticipantDtos.AttendanceView(counts.attended(), counts.walkIns(), counts.noShows(),
				counts.noShowsCounted(), ApiPage.slice(people, Math.min(100_000, Math.max(0, page)),
						Math.min(PAGE_SIZE_MAX, Math.max(1, size))));
	}

	@PostMapping("/check-ins")
	@Operation(summary = "Check someone in",
			description = "Give exactly one of: invitationId (an accepted invitation; checking in a person of a "
					+ "candidate city at invited moves it to attended, logs the interaction and makes the event's "
					+ "follow-up tasks, once), registrationId (a public registration; the same follow-up when it is linked to a "
					+ "candidate city), or name for a walk-in, "
					+ "with organization, city, email and language (es or pt), all optional. Checking in someone "
					+ "checked in already changes nothing. 400 problem when none or more than one is given, or "
					+ "naming a walk-in's refused fields; 404 when the event has no such invitation or "
					+ "registration; 409 when the invitation is not accepted or the event is a draft or "
					+ "cancelled; 403 for roles that do not check people in.")
	ParticipantDtos.CheckInResult checkIn(@PathVariable long id,
			@RequestBody(required = false) ParticipantDtos.CheckInBody body, Actor actor) {
		requireChecker(actor);
		this.events.get(id);
		boolean walkIn = body != null
				&& (body.name() != null || body.organization() != null || body.city() != null || body.email() != null);
		int given = (body == null) ? 0 : ((body.invitationId() != null) ? 1 : 0)
				+ ((body.registrationId() != null) ? 1 : 0) + (walkIn ? 1 : 0);
		if (given != 1) {
			throw new ValidationFailedException("invitationId", "events.api.checkIn.oneTarget");
		}
		if (body.invitationId() != null) {
			CheckInOutcome outcome = this.checkIns.checkIn(id, body.invitationId(), actor);
			Attendance attendance = this.records.ofInvitation(id, body.invitationId(), actor).orElseThrow();
			return new ParticipantDtos.CheckInResult(ParticipantDtos.AttendanceDto.of(attendance),
					(outcome.movedTo() != null) ? outcome.movedTo().name() : null, outcome.logged(), outcome.tasks());
		}
		if (body.registrationId() != null) {
			CheckInOutcome outcome = this.records.checkInRegistration(id, body.registrationId(), actor);
			Attendance attendance = this.records.ofRegistration(id, body.registrationId(), actor).orElseThrow();
			return new ParticipantDtos.CheckInResult(ParticipantDtos.AttendanceDto.of(attendance),
					(outcome.movedTo() != null) ? outcome.movedTo().name() : null, outcome.logged(), outcome.tasks());
		}
		Attendance attendance = this.checkIns.walkIn(id,
				AttendanceRules.WalkIn.of(body.name(), body.organization(), body.city(), body.email(), body.language()),
				actor);
		return new ParticipantDtos.CheckInResult(ParticipantDtos.AttendanceDto.of(attendance), null, false, 0);
	}

	@DeleteMapping("/check-ins/{attendanceId:\\d+}")
	@Operation(summary = "Undo a check-in",
			description = "The attendance stays, not checked in, so that a new check-in makes no follow-up twice; "
					+ "the city's stage, its interaction and its tasks stay too. 404 when the event has no such "
					+ "attendance; 409 when the event is a draft or cancelled; 403 for roles that do not check "
					+ "people in.")
	ParticipantDtos.AttendanceDto undo(@PathVariable long id, @PathVariable long attendanceId, Actor actor) {
		requireChecker(actor);
		this.events.get(id);
		this.records.get(id, attendanceId, actor);
		return ParticipantDtos.AttendanceDto.of(this.checkIns.undo(id, attendanceId, actor));
	}

	private static void requireChecker(Actor actor) {
		if (!EventPolicy.of(actor).mayCheckIn()) {
			throw new AccessDeniedException("events");
		}
	}

}
