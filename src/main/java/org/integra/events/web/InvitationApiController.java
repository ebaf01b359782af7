package org.integra.events.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.integra.events.AnswerChannel;
import org.integra.events.Events;
import org.integra.events.Invitation;
import org.integra.events.InvitationRules.Answer;
import org.integra.events.InvitationStatus;
import org.integra.events.InvitationSuggestions;
import org.integra.events.Invitations;
import org.integra.events.Reminder;
import org.integra.events.Reminders;
import org.integra.system.Actor;
import org.integra.system.ApiPage;
import org.integra.system.RequestParams;
import org.integra.system.ValidationFailedException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/events/{id:\\d+}")
@Tag(name = "Invitations",
		description = "Personal invitations to an event: sent by e-mail through the outbox with a link only the "
				+ "invitee answers through; admins and coordinators invite and remind, a mentor sees and records "
				+ "the answers of their candidates' contacts")
class InvitationApiController {

	private final Events events;

	private final Invitations invitations;

	private final InvitationSuggestions suggestions;

	private final Reminders reminders;

	InvitationApiController(Events events, Invitations invitations, InvitationSuggestions suggestions,
			Reminders reminders) {
		this.events = events;
		this.invitations = invitations;
		this.suggestions = suggestions;
		this.reminders = reminders;
	}

	@GetMapping("/invitations")
	@Operation(summary = "The event's invitations by name, optionally of one status",
			description = "Status: REQUESTED, SENT, ACCEPTED, WAITLISTED, DECLINED, WITHDRAWN. Pages of "
					+ Invitations.PAGE_SIZE + ". A mentor sees those of their candidates only. 404 when there is "
					+ "no such event; 400 for an unknown status.")
	ApiPage<EventDtos.InvitationDto> list(@PathVariable long id, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") int page) {
		this.events.get(id);
		InvitationStatus chosen = EventApiController.known(InvitationStatus.class, "status", status);
		return ApiPage.of(this.invitations.of(id, chosen, Math.min(100_000, Math.max(0, page))),
				EventDtos.InvitationDto::of);
	}

	@GetMapping("/invitations/{invitationId:\\d+}")
	@Operation(summary = "One invitation with its history",
			description = "404 when the event has no such invitation or it is outside a mentor's scope.")
	EventDtos.InvitationDetail show(@PathVariable long id, @PathVariable long invitationId) {
		Invitation invitation = this.invitations.get(id, invitationId);
		return new EventDtos.InvitationDetail(EventDtos.InvitationDto.of(invitation),
				this.invitations.history(invitation).stream().map(EventDtos.HistoryDto::of).toList());
	}

	@PostMapping("/invitations")
	@Operation(summary = "Invite people of the directory",
			description = "Each gets an e-mail with their own link and an .ics request, in Portuguese when they "
					+ "prefer it and in Spanish otherwise; people without an address or invited already are "
					+ "skipped and named. 400 when no person is named; 404 for a person that does not exist; 409 "
					+ "when the event is a draft or over; 403 for roles that do not invite.")
	EventDtos.InviteResult invite(@PathVariable long id, @RequestBody(required = false) EventDtos.InviteBody body,
			Actor actor) {
		this.events.get(id);
		List<Long> ids = EventApiController.ids((body == null) ? null : body.personIds());
		if (ids.isEmpty()) {
			throw new ValidationFailedException("personIds", "events.invitation.noneChosen");
		}
		Invitations.InviteOutcome outcome = this.invitations.invite(id, ids, this.suggestions.reasonsByCity(), actor);
		return new EventDtos.InviteResult(outcome.sent(), outcome.skipped());
	}

	@PostMapping("/invitations/{invitationId:\\d+}/answer")
	@Operation(summary = "Record an answer received by phone, e-mail or in person",
			description = "Kept with who recorded it. An acceptance when the event is full goes to the waiting "
					+ "list. 400 for an unknown answer or channel; 404 when the invitation is not the event's or is "
					+ "outside a mentor's scope; 409 when the rules refuse it (past the deadline, party too large, "
					+ "withdrawn).")
	EventDtos.InvitationDto answer(@PathVariable long id, @PathVariable long invitationId,
			@RequestBody(required = false) EventDtos.AnswerBody body, Actor actor) {
		this.invitations.get(id, invitationId);
		Answer answer = (body == null) ? null : RequestParams.constant(Answer.class, body.answer());
		if (answer == null) {
			throw new ValidationFailedException("answer", "events.api.unknown.answer");
		}
		AnswerChannel via = RequestParams.constant(AnswerChannel.class, body.via());
		if (via == null || !via.byStaff()) {
			throw new ValidationFailedException("via", "events.api.unknown.via");
		}
		int party = (body.party() != null) ? body.party() : 1;
		this.invitations.recordAnswer(id, invitationId, answer, party, body.note(), via, actor);
		return EventDtos.InvitationDto.of(this.invitations.get(id, invitationId));
	}

	@GetMapping("/reminders")
	@Operation(summary = "The event's reminders, scheduled and sent",
			description = "The whole list as one page. 404 when there is no such event.")
	ApiPage<EventDtos.ReminderDto> reminders(@PathVariable long id) {
		this.events.get(id);
		return ApiPage.all(this.reminders.of(id).stream().map(InvitationApiController::reminder).toList());
	}

	@PostMapping("/reminders")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Schedule a reminder to chosen invitations on a day",
			description = "On the day, those of the chosen that still have no answer get a reminder with a working "
					+ "link. 400 when no invitation or no day is given; 409 when the day is past or after the "
					+ "event, or the event is not announced; 403 for roles that do not remind.")
	EventDtos.ReminderDto remind(@PathVariable long id, @RequestBody(required = false) EventDtos.ReminderBody body,
			Actor actor) {
		this.events.get(id);
		List<Long> ids = EventApiController.ids((body == null) ? null : body.invitationIds());
		if (body == null || body.sendOn() == null) {
			throw new ValidationFailedException("sendOn", "events.api.sendOnRequired");
		}
		return reminder(this.reminders.schedule(id, body.sendOn(), ids, actor));
	}

	private static EventDtos.ReminderDto reminder(Reminder reminder) {
		return new EventDtos.ReminderDto(reminder.getId(), reminder.getSendOn(),
				reminder.getInvitationIds().stream().sorted().toList(), reminder.getCreatedBy(), reminder.getSentAt(),
				reminder.getSentCount());
	}

}
