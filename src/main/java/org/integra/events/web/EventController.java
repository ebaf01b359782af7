package org.integra.events.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.integra.audit.AuditTrail;
import org.integra.cities.CountryNames;
import org.integra.events.Event;
import org.integra.events.EventForm;
import org.integra.events.EventFormat;
import org.integra.events.EventKind;
import org.integra.events.EventPolicy;
import org.integra.events.EventRules;
import org.integra.events.EventStatus;
import org.integra.events.EventStatusRefusedException;
import org.integra.events.Events;
import org.integra.events.InvitationStatus;
import org.integra.events.Invitations;
import org.integra.events.PlanAction;
import org.integra.system.Actor;
import org.integra.system.RequestParams;
import org.integra.system.ValidationFailedException;

import org.springframework.dao.OptimisticLockingFailureException;
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

@Controller
class EventController {

	/** The zones offered first: where the network's cities are. */
	static final List<String> ZONES = List.of("America/La_Paz", "America/Sao_Paulo", "America/Argentina/Buenos_Aires",
			"America/Montevideo", "America/Asuncion", "America/Santiago", "America/Lima", "America/Bogota",
			"America/Guayaquil", "America/Caracas", "America/Panama", "America/Mexico_City", "Europe/Madrid", "UTC");

	private final Events events;

	private final Invitations invitations;

	private final CountryNames countries;

	private final AuditTrail auditTrail;

	private final Clock clock;

	EventController(Events events, Invitations invitations, CountryNames countries, AuditTrail auditTrail,
			Clock clock) {
		this.events = events;
		this.invitations = invitations;
		this.countries = countries;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	@InitBinder("eventForm")
	void setAllowedFields(WebDataBinder binder) {
		binder.setAllowedFields(EventForm.FIELDS.toArray(String[]::new));
	}

	@GetMapping("/events/{id:\\d+}")
	String show(@PathVariable long id, Actor actor, Locale locale, Model model) {
		Event event = this.events.get(id);
		EventPolicy policy = EventPolicy.of(actor);
		model.addAttribute("event", event);
		model.addAttribute("eventTitle", event.title(locale));
		model.addAttribute("description", event.description(locale));
		model.addAttribute("when", EventTimes.span(event, locale));
		model.addAttribute("city", this.events.city(event).orElse(null));
		model.addAttribute("organizer", this.events.organizer(event).orElse(null));
		model.addAttribute("countryName", (event.getCountryCode() != null)
				? this.countries.name(event.getCountryCode(), locale).orElse(event.getCountryCode()) : null);
		model.addAttribute("mayEdit", policy.mayEdit(event));
		model.addAttribute("mayManage", policy.mayManage());
		model.addAttribute("mayReadRegistrations", policy.mayReadRegistrations());
		model.addAttribute("nextStatuses", event.getStatus().next());
		model.addAttribute("history", this.auditTrail.historyOf("Event", id));
		Map<InvitationStatus, Long> counts = this.invitations.counts(id);
		Map<String, Long> byName = new HashMap<>();
		counts.forEach((status, count) -> byName.put(status.name(), count));
		model.addAttribute("counts", byName);
		model.addAttribute("invited",
				counts.entrySet()
					.stream()
					.filter((entry) -> entry.getKey().invited())
					.mapToLong(Map.Entry::getValue)
					.sum());
		return "events/event";
	}

	@GetMapping("/events/new")
	String initCreationForm(Model model) {
		EventForm form = new EventForm();
		form.setKind(EventKind.WORKSHOP);
		form.setFormat(EventFormat.IN_PERSON);
		form.setTimeZone(ZONES.get(0));
		LocalDate day = LocalDate.now(this.clock).plusMonths(1);
		form.setStartsAt(day.atTime(9, 0));
		form.setEndsAt(day.atTime(18, 0));
		model.addAttribute("eventForm", form);
		return form(model, null);
	}

	@PostMapping("/events")
	String processCreationForm(@ModelAttribute("eventForm") EventForm form, BindingResult result, Actor actor,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			addRuleErrors(form, result);
			return form(model, null);
		}
		Event saved;
		try {
			saved = this.events.create(form, actor);
		}
		catch (ValidationFailedException ex) {
			ex.copyTo(result, EventForm.FIELDS);
			return form(model, null);
		}
		redirect.addFlashAttribute("message", "events.event.saved");
		return "redirect:/events/" + saved.getId();
	}

	@GetMapping("/events/{id:\\d+}/edit")
	String initUpdateForm(@PathVariable long id, Model model, RedirectAttributes redirect) {
		Event event = this.events.get(id);
		if (!event.getStatus().editable()) {
			redirect.addFlashAttribute("error", "events.event.notEditable");
			return "redirect:/events/" + id;
		}
		model.addAttribute("eventForm", EventForm.of(event));
		return form(model, event);
	}

	@PostMapping("/events/{id:\\d+}/edit")
	String processUpdateForm(@PathVariable long id, @ModelAttribute("eventForm") EventForm form, BindingResult result,
			Actor actor, Model model, RedirectAttributes redirect) {
		Event event = this.events.get(id);
		if (result.hasErrors()) {
			addRuleErrors(form, result);
			return form(model, event);
		}
		try {
			this.events.update(id, form, actor);
		}
		catch (ValidationFailedException ex) {
			ex.copyTo(result, EventForm.FIELDS);
			return form(model, event);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("events.event.stale");
			return form(model, event);
		}
		catch (EventStatusRefusedException ex) {
			redirect.addFlashAttribute("error", "events.event.notEditable");
			return "redirect:/events/" + id;
		}
		redirect.addFlashAttribute("message", "events.event.saved");
		return "redirect:/events/" + id;
	}

	@PostMapping("/events/{id:\\d+}/status")
	String changeStatus(@PathVariable long id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String version, Actor actor, RedirectAttributes redirect) {
		this.events.get(id);
		EventStatus target = RequestParams.constant(EventStatus.class, status);
		Long expected = RequestParams.id(version);
		try {
			this.events.changeStatus(id, target, (expected != null) ? expected : -1, actor);
			redirect.addFlashAttribute("message", "events.event.statusChanged");
		}
		catch (EventStatusRefusedException ex) {
			redirect.addFlashAttribute("error", "events.event.status.refused");
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "events.event.stale");
		}
		return "redirect:/events/" + id;
	}

	private String form(Model model, Event event) {
		model.addAttribute("event", event);
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("formats", EventFormat.values());
		model.addAttribute("planActions", PlanAction.values());
		model.addAttribute("zones", ZONES);
		model.addAttribute("cities", this.events.venueCities());
		model.addAttribute("organizers", this.events.organizers());
		model.addAttribute("titleMax", EventRules.TITLE_MAX);
		model.addAttribute("descriptionMax", EventRules.DESCRIPTION_MAX);
		model.addAttribute("venueMax", EventRules.VENUE_MAX);
		model.addAttribute("linkMax", EventRules.LINK_MAX);
		return "events/form";
	}

	/** Beside the values that could not be bound, whatever else the rules refuse. */
	private static void addRuleErrors(EventForm form, BindingResult result) {
		List<Map.Entry<String, String>> problems = EventRules.problems(EventRules.cleaned(form));
		if (!problems.isEmpty()) {
			new ValidationFailedException(problems).addMissingTo(result, EventForm.FIELDS);
		}
	}

}
