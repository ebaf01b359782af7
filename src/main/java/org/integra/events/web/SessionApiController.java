package org.integra.events.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.integra.events.Agendas;
import org.integra.events.Event;
import org.integra.events.EventSession;
import org.integra.events.Events;
import org.integra.events.Showcases;
import org.integra.events.SpeakerView;
import org.integra.system.Actor;
import org.integra.system.ApiPage;
import org.integra.system.ValidationFailedException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/events/{id:\\d+}")
@Tag(name = "Agenda",
		description = "An event's sessions, sorted by time, with their speakers, and the thematic units presenting "
				+ "at it; admins and coordinators change the agenda while the event is not over, every role reads it")
class SessionApiController {

	private final Events events;

	private final Agendas agendas;

	private final Showcases showcases;

	SessionApiController(Events events, Agendas agendas, Showcases showcases) {
		this.events = events;
		this.agendas = agendas;
		this.showcases = showcases;
	}

	@GetMapping("/sessions")
	@Operation(summary = "The event's sessions by start, then end, with their speakers",
			description = "The whole agenda as one page. 404 when there is no such event.")
	ApiPage<AgendaDtos.SessionDto> list(@PathVariable long id) {
		Event event = this.events.get(id);
		List<EventSession> sessions = this.agendas.sessions(id);
		Map<Long, List<SpeakerView>> speakers = this.agendas.speakers(sessions);
		return ApiPage.all(sessions.stream()
			.map((session) -> AgendaDtos.SessionDto.of(session, event.zone(), speakers.get(session.getId())))
			.toList());
	}

	@GetMapping("/sessions/{sessionId:\\d+}")
	@Operation(summary = "One session of the agenda",
			description = "404 when there is no such event or the event has no such session.")
	AgendaDtos.SessionDto show(@PathVariable long id, @PathVariable long sessionId) {
		Event event = this.events.get(id);
		return dto(event, this.agendas.session(id, sessionId));
	}

	@PostMapping("/sessions")
	@Operation(summary = "Add a session to the agenda",
			description = "201 with the session and its Location. Times are local to the event's time zone, as "
					+ "yyyy-MM-ddTHH:mm, within the event. 400 problem naming each refused field (a speaker not in "
					+ "the directory too); 404 when there is no such event; 409 when another session takes the "
					+ "room at that time or the event is held or cancelled; 403 for roles that do not run events.")
	ResponseEntity<AgendaDtos.SessionDto> create(@PathVariable long id,
			@RequestBody(required = false) AgendaDtos.SessionBody body, Actor actor) {
		Event event = this.events.get(id);
		EventSession created = this.agendas.create(id, form(body), actor);
		return ResponseEntity.created(URI.create("/api/v1/events/" + id + "/sessions/" + created.getId()))
			.body(dto(event, created));
	}

	@PutMapping("/sessions/{sessionId:\\d+}")
	@Operation(summary = "Change a session",
			description = "Send every field again with the version as read. 400 problem naming each refused field "
					+ "or a missing version; 404 when the event has no such session; 409 when version is not the "
					+ "current one, another session takes the room at that time, or the event is held or "
					+ "cancelled; 403 for roles that do not run events.")
	AgendaDtos.SessionDto update(@PathVariable long id, @PathVariable long sessionId,
			@RequestBody(required = false) AgendaDtos.SessionBody body, Actor actor) {
		Event event = this.events.get(id);
		this.agendas.session(id, sessionId);
		if (body == null || body.version() == null) {
			throw new ValidationFailedException("version", "events.api.versionRequired");
		}
		return dto(event, this.agendas.update(id, sessionId, body.form(), actor));
	}

	@DeleteMapping("/sessions/{sessionId:\\d+}")
	@Operation(summary = "Delete a session from the agenda",
			description = "204 when deleted. 404 when the event has no such session; 409 when the event is held or "
					+ "cancelled; 403 for roles that do not run events.")
	ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long sessionId, Actor actor) {
		this.events.get(id);
		this.agendas.session(id, sessionId);
		this.agendas.delete(id, sessionId, actor);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/showcase")
	@Operation(summary = "The thematic units presenting at the event, in the order entered",
			description = "The unit's name in the caller's language (Accept-Language: es, pt or en), its offer in "
					+ "Spanish and Portuguese, coordinating city and contact person; read only (the team fills "
					+ "the showcase on the event's pages). The whole list as one page. 404 when there is no such "
					+ "event.")
	ApiPage<AgendaDtos.ShowcaseDto> showcase(@PathVariable long id, Locale locale) {
		this.events.get(id);
		return ApiPage.all(this.showcases.forEvent(id, locale)
			.stream()
			.map((item) -> AgendaDtos.ShowcaseDto.of(item, this.showcases.entry(id, item.id())))
			.toList());
	}

	private AgendaDtos.SessionDto dto(Event event, EventSession session) {
		return AgendaDtos.SessionDto.of(session, event.zone(),
				this.agendas.speakers(List.of(session)).get(session.getId()));
	}

	private static org.integra.events.SessionForm form(AgendaDtos.SessionBody body) {
		return (body != null) ? body.form() : new org.integra.events.SessionForm();
	}

}
