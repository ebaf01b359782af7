package org.integra.events;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.integra.directory.DirectoryCatalog;
import org.integra.directory.PersonSummary;
import org.integra.system.Actor;
import org.integra.system.NotFoundException;
import org.integra.system.ValidationFailedException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's agenda: its sessions sorted by time, added, changed and deleted by those who
 * may edit the event, read by everyone who reads it. Overlaps in a room and sessions
 * outside the event are refused ({@link AgendaRules}).
 */
@Service
@Transactional(readOnly = true)
public class Agendas {

	private final EventSessionRepository sessions;

	private final Events events;

	private final DirectoryCatalog directory;

	Agendas(EventSessionRepository sessions, Events events, DirectoryCatalog directory) {
		this.sessions = sessions;
		this.events = events;
		this.directory = directory;
	}

	/** The event's sessions, by start, then end. */
	public List<EventSession> sessions(long eventId) {
		return this.sessions.findByEventIdOrderByStartsAtAscEndsAtAscIdAsc(eventId);
	}

	/**
	 * @throws NotFoundException when the event has no such session
	 */
	public EventSession session(long eventId, long sessionId) {
		return this.sessions.findByIdAndEventId(sessionId, eventId)
			.orElseThrow(() -> new NotFoundException("events.session.notFound", sessionId));
	}

	/**
	 * @throws ValidationFailedException naming every refused field
	 * @throws SessionOverlapException when another session takes the room at that time
	 * @throws EventStatusRefusedException when the event is over and no longer edited
	 * @throws AccessDeniedException when the caller does not run events
	 */
	@Transactional
	public EventSession create(long eventId, SessionForm form, Actor actor) {
		Event event = editable(eventId, actor);
		SessionForm clean = check(event, form, null);
		return this.sessions.saveAndFlush(new EventSession(eventId, clean, event.zone()));
	}

	/**
	 * @throws ObjectOptimisticLockingFailureException when it changed since the user read
	 * it
	 * @throws ValidationFailedException naming every refused field
	 * @throws SessionOverlapException when another session takes the room at that time
	 * @throws EventStatusRefusedException when the event is over and no longer edited
	 */
	@Transactional
	public EventSession update(long eventId, long sessionId, SessionForm form, Actor actor) {
		Event event = editable(eventId, actor);
		EventSession session = session(eventId, sessionId);
		if (form.getVersion() == null || form.getVersion() != session.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(EventSession.class, sessionId);
		}
		SessionForm clean = check(event, form, sessionId);
		session.apply(clean, event.zone());
		return this.sessions.saveAndFlush(session);
	}

	/**
	 * @throws EventStatusRefusedException when the event is over and no longer edited
	 */
	@Transactional
	public void delete(long eventId, long sessionId, Actor actor) {
		editable(eventId, actor);
		this.sessions.delete(session(eventId, sessionId));
		this.sessions.flush();
	}

	/** The speakers of each session, in order, by session id. */
	public Map<Long, List<SpeakerView>> speakers(List<EventSession> sessions) {
		Map<Long, PersonSummary> people = new HashMap<>();
		Map<Long, List<SpeakerView>> speakers = new LinkedHashMap<>();
		for (EventSession session : sessions) {
			List<SpeakerView> views = new ArrayList<>();
			for (SessionSpeaker speaker : session.getSpeakers()) {
				if (speaker.getPersonId() == null) {
					views.add(new SpeakerView(speaker.getName(), speaker.getOrganization()));
					continue;
				}
				PersonSummary person = people.computeIfAbsent(speaker.getPersonId(), this.directory::person);
				views.add(new SpeakerView(person.name(),
						(person.organization() != null) ? person.organization().name() : null));
			}
			speakers.put(session.getId(), views);
		}
		return speakers;
	}

	/** The people of the directory a speaker may be chosen from, by name. */
	public List<PersonSummary> speakerChoices() {
		return this.directory.people();
	}

	/** The session's times in the event's zone, as a page and the PDF write them. */
	public static String times(EventSession session, ZoneId zone, Locale locale) {
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
		DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd", locale);
		String start = day.format(session.localStart(zone)) + " " + time.format(session.localStart(zone));
		String end = session.localStart(zone).toLocalDate().equals(session.localEnd(zone).toLocalDate())
				? time.format(session.localEnd(zone))
				: day.format(session.localEnd(zone)) + " " + time.format(session.localEnd(zone));
		return start + "–" + end;
	}

	private Event editable(long eventId, Actor actor) {
		EventPolicy policy = EventPolicy.of(actor);
		if (!policy.mayManage()) {
			throw new AccessDeniedException("events");
		}
		Event event = this.events.get(eventId);
		if (!policy.mayEdit(event)) {
			throw new EventStatusRefusedException(event.getStatus(), null);
		}
		return event;
	}

	private SessionForm check(Event event, SessionForm form, Long sessionId) {
		SessionForm clean = AgendaRules.cleaned(form);
		List<Map.Entry<String, String>> problems = new ArrayList<>(
				AgendaRules.problems(clean, event.getStartsAt(), event.getEndsAt(), event.zone()));
		for (Long personId : clean.getSpeakerIds()) {
			try {
				this.directory.person(personId);
			}
			catch (NotFoundException ex) {
				problems.add(Map.entry("speakerIds", "events.session.speakerIds.unknown"));
				break;
			}
		}
		if (!problems.isEmpty()) {
			throw new ValidationFailedException(problems);
		}
		AgendaRules.Slot candidate = new AgendaRules.Slot(sessionId, AgendaRules.roomKey(clean.getRoom()),
				clean.getStartsAt().atZone(event.zone()).toInstant(),
				clean.getEndsAt().atZone(event.zone()).toInstant());
		List<EventSession> others = sessions(event.getId());
		AgendaRules.overlapping(candidate, others.stream().map(EventSession::slot).toList())
			.flatMap((slot) -> others.stream().filter((other) -> other.getId().equals(slot.id())).findFirst())
			.ifPresent((other) -> {
				Locale locale = LocaleContextHolder.getLocale();
				throw new SessionOverlapException(other.title(locale), times(other, event.zone(), locale));
			});
		return clean;
	}

}
