package org.integra.events.web;

import java.util.List;
import java.util.Locale;

import org.integra.events.AgendaFiles;
import org.integra.events.AgendaRules;
import org.integra.events.Agendas;
import org.integra.events.Event;
import org.integra.events.EventPolicy;
import org.integra.events.EventSession;
import org.integra.events.EventStatusRefusedException;
import org.integra.events.Events;
import org.integra.events.SessionForm;
import org.integra.events.SessionOverlapException;
import org.integra.system.Actor;
import org.integra.system.ValidationFailedException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An event's agenda: the sessions page, their forms, and the agenda as PDF. */
@Controller
class AgendaController {

	private static final int BLANK_GUESTS = 2;

	private final Events events;

	private final Agendas agendas;

	private final AgendaFiles files;

	AgendaController(Events events, Agendas agendas, AgendaFiles files) {
		this.events = events;
		this.agendas = agendas;
		this.files = files;
	}

	@InitBinder("sessionForm")
	void setAllowedFields(WebDataBinder binder) {
		binder.setAllowedFields(SessionForm.BINDABLE.toArray(String[]::new));
	}

	@GetMapping("/events/{id:\\d+}/agenda")
	String show(@PathVariable long id, Actor actor, Locale locale, Model model) {
		Event event = this.events.get(id);
		List<EventSession> sessions = this.agendas.sessions(id);
		model.addAttribute("event", event);
		model.addAttribute("eventTitle", event.title(locale));
		model.addAttribute("sessions", sessions);
		model.addAttribute("speakers", this.agendas.speakers(sessions));
		model.addAttribute("times",
				sessions.stream()
					.collect(java.util.stream.Collectors.toMap(EventSession::getId,
							(session) -> Agendas.times(session, event.zone(), locale))));
		model.addAttribute("mayEdit", EventPolicy.of(actor).mayEdit(event));
		return "events/agenda";
	}

	@GetMapping("/events/{id:\\d+}/agenda.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) String lang) {
		Event event = this.events.get(id);
		Locale language = AgendaFiles.language(lang);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(this.files.fileName(event, language)).build().toString())
			.body(this.files.pdf(event, language));
	}

	@GetMapping("/events/{id:\\d+}/sessions/new")
	String initCreationForm(@PathVariable long id, Actor actor, Model model, RedirectAttributes redirect) {
		Event event = this.events.managed(id, actor);
		if (!EventPolicy.of(actor).mayEdit(event)) {
			return notEditable(id, redirect);
		}
		SessionForm form = new SessionForm();
		form.setStartsAt(event.localStart());
		form.setEndsAt(event.localStart().plusHours(1));
		model.addAttribute("sessionForm", form.withBlankGuests(BLANK_GUESTS));
		return form(model, event, null);
	}

	@PostMapping("/events/{id:\\d+}/sessions")
	String processCreationForm(@PathVariable long id, @ModelAttribute("sessionForm") SessionForm form,
			BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
		Event event = this.events.managed(id, actor);
		if (result.hasErrors()) {
			return refused(form, result, model, event, null);
		}
		try {
			this.agendas.create(id, form, actor);
		}
		catch (ValidationFailedException ex) {
			ex.copyTo(result, SessionForm.FIELDS);
			return form(model, event, null, form);
		}
		catch (SessionOverlapException ex) {
			result.reject(ex.getMessageKey(), ex.getArguments(), null);
			return form(model, event, null, form);
		}
		catch (EventStatusRefusedException ex) {
			return notEditable(id, redirect);
		}
		redirect.addFlashAttribute("message", "events.session.saved");
		return "redirect:/events/" + id + "/agenda";
	}

	@GetMapping("/events/{id:\\d+}/sessions/{sessionId:\\d+}/edit")
	String initUpdateForm(@PathVariable long id, @PathVariable long sessionId, Actor actor, Model model,
			RedirectAttributes redirect) {
		Event event = this.events.managed(id, actor);
		EventSession session = this.agendas.session(id, sessionId);
		if (!EventPolicy.of(actor).mayEdit(event)) {
			return notEditable(id, redirect);
		}
		model.addAttribute("sessionForm", SessionForm.of(session, event.zone()).withBlankGuests(BLANK_GUESTS));
		return form(model, event, session);
	}

	@PostMapping("/events/{id:\\d+}/sessions/{sessionId:\\d+}/edit")
	String processUpdateForm(@PathVariable long id, @PathVariable long sessionId,
			@ModelAttribute("sessionForm") SessionForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		Event event = this.events.managed(id, actor);
		EventSession session = this.agendas.session(id, sessionId);
		if (result.hasErrors()) {
			return refused(form, result, model, event, session);
		}
		try {
			this.agendas.update(id, sessionId, form, actor);
		}
		catch (ValidationFailedException ex) {
			ex.copyTo(result, SessionForm.FIELDS);
			return form(model, event, session, form);
		}
		catch (SessionOverlapException ex) {
			result.reject(ex.getMessageKey(), ex.getArguments(), null);
			return form(model, event, session, form);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("events.session.stale");
			return form(model, event, session, form);
		}
		catch (EventStatusRefusedException ex) {
			return notEditable(id, redirect);
		}
		redirect.addFlashAttribute("message", "events.session.saved");
		return "redirect:/events/" + id + "/agenda";
	}

	@PostMapping("/events/{id:\\d+}/sessions/{sessionId:\\d+}/delete")
	String delete(@PathVariable long id, @PathVariable long sessionId, Actor actor, RedirectAttributes redirect) {
		this.events.managed(id, actor);
		this.agendas.session(id, sessionId);
		try {
			this.agendas.delete(id, sessionId, actor);
		}
		catch (EventStatusRefusedException ex) {
			return notEditable(id, redirect);
		}
		redirect.addFlashAttribute("message", "events.session.deleted");
		return "redirect:/events/" + id + "/agenda";
	}

	private static String notEditable(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "events.event.notEditable");
		return "redirect:/events/" + id + "/agenda";
	}

	/**
	 * After a binding failure: beside what could not be bound, whatever the rules refuse.
	 */
	private String refused(SessionForm form, BindingResult result, Model model, Event event, EventSession session) {
		List<java.util.Map.Entry<String, String>> problems = AgendaRules.problems(AgendaRules.cleaned(form),
				event.getStartsAt(), event.getEndsAt(), event.zone());
		if (!problems.isEmpty()) {
			new ValidationFailedException(problems).addMissingTo(result, SessionForm.FIELDS);
		}
		return form(model, event, session, form);
	}

	private String form(Model model, Event event, EventSession session, SessionForm form) {
		form.withBlankGuests(BLANK_GUESTS);
		return form(model, event, session);
	}

	private String form(Model model, Event event, EventSession session) {
		model.addAttribute("event", event);
		model.addAttribute("agendaSession", session);
		model.addAttribute("eventTitle", event.title(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		model.addAttribute("people", this.agendas.speakerChoices());
		model.addAttribute("titleMax", AgendaRules.TITLE_MAX);
		model.addAttribute("roomMax", AgendaRules.ROOM_MAX);
		return "events/session-form";
	}

}
