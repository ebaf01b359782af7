package org.integra.events.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.integra.events.Event;
import org.integra.events.EventPolicy;
import org.integra.events.EventStatusRefusedException;
import org.integra.events.Events;
import org.integra.events.ShowcaseEntry;
import org.integra.events.ShowcaseForm;
import org.integra.events.ShowcaseRules;
import org.integra.events.Showcases;
import org.integra.system.Actor;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of an event's thematic-unit showcase; the showcase itself is a fragment of
 * the event page.
 */
@Controller
class ShowcaseController {

	private final Events events;

	private final Showcases showcases;

	ShowcaseController(Events events, Showcases showcases) {
		this.events = events;
		this.showcases = showcases;
	}

	@InitBinder("showcaseForm")
	void setAllowedFields(WebDataBinder binder) {
		binder.setAllowedFields(ShowcaseForm.FIELDS.toArray(String[]::new));
	}

	@GetMapping("/events/{id:\\d+}/showcase/new")
	String initCreationForm(@PathVariable long id, Actor actor, Locale locale, Model model,
			RedirectAttributes redirect) {
		Event event = this.events.managed(id, actor);
		if (!EventPolicy.of(actor).mayEdit(event)) {
			return notEditable(id, redirect);
		}
		model.addAttribute("showcaseForm", new ShowcaseForm());
		return form(model, event, null, locale);
	}

	@PostMapping("/events/{id:\\d+}/showcase")
	String processCreationForm(@PathVariable long id, @ModelAttribute("showcaseForm") ShowcaseForm form,
			BindingResult result, Actor actor, Locale locale, Model model, RedirectAttributes redirect) {
		Event event = this.events.managed(id, actor);
		if (result.hasErrors()) {
			return refused(form, result, model, event, null, locale);
		}
		try {
			this.showcases.create(id, form, actor);
		}
		catch (ValidationFailedException ex) {
			ex.copyTo(result, ShowcaseForm.FIELDS);
			return form(model, event, null, locale);
		}
		catch (EventStatusRefusedException ex) {
			return notEditable(id, redirect);
		}
		redirect.addFlashAttribute("message", "events.showcase.saved");
		return "redirect:/events/" + id;
	}

	@GetMapping("/events/{id:\\d+}/showcase/{entryId:\\d+}/edit")
	String initUpdateForm(@PathVariable long id, @PathVariable long entryId, Actor actor, Locale locale, Model model,
			RedirectAttributes redirect) {
		Event event = this.events.managed(id, actor);
		ShowcaseEntry entry = this.showcases.entry(id, entryId);
		if (!EventPolicy.of(actor).mayEdit(event)) {
			return notEditable(id, redirect);
		}
		model.addAttribute("showcaseForm", ShowcaseForm.of(entry));
		return form(model, event, entry, locale);
	}

	@PostMapping("/events/{id:\\d+}/showcase/{entryId:\\d+}/edit")
	String processUpdateForm(@PathVariable long id, @PathVariable long entryId,
			@ModelAttribute("showcaseForm") ShowcaseForm form, BindingResult result, Actor actor, Locale locale,
			Model model, RedirectAttributes redirect) {
		Event event = this.events.managed(id, actor);
		ShowcaseEntry entry = this.showcases.entry(id, entryId);
		if (result.hasErrors()) {
			return refused(form, result, model, event, entry, locale);
		}
		try {
			this.showcases.update(id, entryId, form, actor);
		}
		catch (ValidationFailedException ex) {
			ex.copyTo(result, ShowcaseForm.FIELDS);
			return form(model, event, entry, locale);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("events.showcase.stale");
			return form(model, event, entry, locale);
		}
		catch (EventStatusRefusedException ex) {
			return notEditable(id, redirect);
		}
		redirect.addFlashAttribute("message", "events.showcase.saved");
		return "redirect:/events/" + id;
	}

	@PostMapping("/events/{id:\\d+}/showcase/{entryId:\\d+}/delete")
	String delete(@PathVariable long id, @PathVariable long entryId, Actor actor, RedirectAttributes redirect) {
		this.events.managed(id, actor);
		this.showcases.entry(id, entryId);
		try {
			this.showcases.delete(id, entryId, actor);
		}
		catch (EventStatusRefusedException ex) {
			return notEditable(id, redirect);
		}
		redirect.addFlashAttribute("message", "events.showcase.deleted");
		return "redirect:/events/" + id;
	}

	private static String notEditable(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "events.event.notEditable");
		return "redirect:/events/" + id;
	}

	private String refused(ShowcaseForm form, BindingResult result, Model model, Event event, ShowcaseEntry entry,
			Locale locale) {
		List<Map.Entry<String, String>> problems = ShowcaseRules.problems(ShowcaseRules.cleaned(form));
		if (!problems.isEmpty()) {
			new ValidationFailedException(problems).addMissingTo(result, ShowcaseForm.FIELDS);
		}
		return form(model, event, entry, locale);
	}

	private String form(Model model, Event event, ShowcaseEntry entry, Locale locale) {
		model.addAttribute("event", event);
		model.addAttribute("eventTitle", event.title(locale));
		model.addAttribute("entry", entry);
		model.addAttribute("units", this.showcases.unitChoices(locale));
		model.addAttribute("cities", this.showcases.cityChoices());
		model.addAttribute("people", this.showcases.contactChoices());
		model.addAttribute("offerMax", ShowcaseRules.OFFER_MAX);
		return "events/showcase-form";
	}

}
