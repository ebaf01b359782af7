package org.integra.events.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.integra.events.Event;
import org.integra.events.EventFilter;
import org.integra.events.EventForm;
import org.integra.events.EventFormat;
import org.integra.events.EventKind;
import org.integra.events.EventStatus;
import org.integra.events.Events;
import org.integra.events.Invitations;
import org.integra.events.PlanAction;
import org.integra.system.Actor;
import org.integra.system.ApiPage;
import org.integra.system.RequestParams;
import org.integra.system.ValidationFailedException;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Events",
		description = "The network's events (the workshop, forums of associations, meetings, webinars) with their "
				+ "counts; admins and coordinators create and change them, every role reads them")
class EventApiController {

	/** A status change, with the version as read. */
	record StatusBody(String status, Long version) {
	}

	private final Events events;

	private final Invitations invitations;

	EventApiController(Events events, Invitations invitations) {
		this.events = events;
		this.invitations = invitations;
	}

	@GetMapping
	@Operation(summary = "Events, the latest first, optionally filtered",
			description = "Filters: q (words of the titles, theme or venue, accents and case ignored), kind "
					+ "(WORKSHOP, FORUM_PARTICIPATION, MEETING, WEBINAR), status (DRAFT, ANNOUNCED, "
					+ "REGISTRATION_CLOSED, HELD, CANCELLED), from and to (yyyy-MM-dd: events that overlap the "
					+ "days), country (ISO code). 400 for an unknown kind or status.")
	ApiPage<EventDtos.EventDto> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String status,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) String country, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		EventFilter filter = new EventFilter(q, known(EventKind.class, "kind", kind),
				known(EventStatus.class, "status", status), from, to, RequestParams.countryCode(country));
		PageRequest request = PageRequest.of(Math.min(100_000, Math.max(0, page)), Math.min(500, Math.max(1, size)),
				EventSort.START_DESC.sort());
		return ApiPage.of(this.events.search(filter, request), EventDtos.EventDto::of);
	}

	@GetMapping("/{id:\\d+}")
	@Operation(summary = "One event with its invitation counts",
			description = "The counts are of the invitations the caller may see (a mentor: those of their "
					+ "candidates). 404 when there is no such event.")
	EventDtos.EventDetail show(@PathVariable long id) {
		Event event = this.events.get(id);
		return new EventDtos.EventDetail(EventDtos.EventDto.of(event), counts(id));
	}

	@PostMapping
	@Operation(summary = "Create an event (draft)",
			description = "201 with the event and its Location. Times are local to timeZone (an IANA zone such as "
					+ "America/La_Paz), as yyyy-MM-ddTHH:mm. 400 problem naming each refused field; 403 for roles "
					+ "that do not run events.")
	ResponseEntity<EventDtos.EventDetail> create(@RequestBody(required = false) EventDtos.EventBody body, Actor actor) {
		Event created = this.events.create(form(body), actor);
		return ResponseEntity.created(URI.create("/api/v1/events/" + created.getId()))
			.body(new EventDtos.EventDetail(EventDtos.EventDto.of(created), counts(created.getId())));
	}

	@PutMapping("/{id:\\d+}")
	@Operation(summary = "Change an event",
			description = "Send every field again with the version as read. 400 problem naming each refused field; "
					+ "404 when there is no such event; 409 when version is not the current one or the event is "
					+ "held or cancelled.")
	EventDtos.EventDetail update(@PathVariable long id, @RequestBody(required = false) EventDtos.EventBody body,
			Actor actor) {
		this.events.get(id);
		if (body == null || body.version() == null) {
			throw new ValidationFailedException("version", "events.api.versionRequired");
		}
		Event updated = this.events.update(id, form(body), actor);
		return new EventDtos.EventDetail(EventDtos.EventDto.of(updated), counts(id));
	}

	@PostMapping("/{id:\\d+}/status")
	@Operation(summary = "Move an event to a status",
			description = "DRAFT → ANNOUNCED → REGISTRATION_CLOSED → HELD, or CANCELLED before it is held. 400 for "
					+ "an unknown status or a missing version; 409 for a move the rules refuse or a stale version.")
	EventDtos.EventDetail changeStatus(@PathVariable long id, @RequestBody(required = false) StatusBody body,
			Actor actor) {
		this.events.get(id);
		EventStatus target = (body == null) ? null : RequestParams.constant(EventStatus.class, body.status());
		if (target == null) {
			throw new ValidationFailedException("status", "events.api.unknownStatus");
		}
		if (body.version() == null) {
			throw new ValidationFailedException("version", "events.api.versionRequired");
		}
		Event moved = this.events.changeStatus(id, target, body.version(), actor);
		return new EventDtos.EventDetail(EventDtos.EventDto.of(moved), counts(id));
	}

	private Map<String, Long> counts(long id) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.invitations.counts(id).forEach((status, count) -> counts.put(status.name(), count));
		return counts;
	}

	private static EventForm form(EventDtos.EventBody body) {
		EventForm form = new EventForm();
		if (body == null) {
			return form;
		}
		form.setKind(RequestParams.constant(EventKind.class, body.kind()));
		form.setTitleEs(body.titleEs());
		form.setTitlePt(body.titlePt());
		form.setTitleEn(body.titleEn());
		form.setDescriptionEs(body.descriptionEs());
		form.setDescriptionPt(body.descriptionPt());
		form.setDescriptionEn(body.descriptionEn());
		form.setTheme(body.theme());
		form.setStartsAt(body.startsAt());
		form.setEndsAt(body.endsAt());
		form.setTimeZone(body.timeZone());
		form.setDateTentative(Boolean.TRUE.equals(body.dateTentative()));
		form.setFormat(RequestParams.constant(EventFormat.class, body.format()));
		form.setVenue(body.venue());
		form.setCityId(body.cityId());
		form.setOnlineLink(body.onlineLink());
		form.setCapacity(body.capacity());
		form.setAnswerDeadline(body.answerDeadline());
		form.setOrganizerId(body.organizerId());
		form.setPlanAction(RequestParams.constant(PlanAction.class, body.planAction()));
		form.setVersion(body.version());
		return form;
	}

	/** The constant named, {@code null} for none; 400 for a name that is none of them. */
	static <E extends Enum<E>> E known(Class<E> type, String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		E value = RequestParams.constant(type, text);
		if (value == null) {
			throw new ValidationFailedException(field, "events.api.unknown." + field);
		}
		return value;
	}

	static List<Long> ids(List<Long> ids) {
		return (ids == null) ? List.of() : ids.stream().filter((id) -> id != null).distinct().toList();
	}

}
