package org.integra.events.web;

import java.util.List;
import java.util.Locale;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.cities.CountryCatalog;
import org.integra.events.Event;
import org.integra.events.EventPolicy;
import org.integra.events.Events;
import org.integra.events.Registration;
import org.integra.events.RegistrationRecords;
import org.integra.events.Registrations;
import org.integra.system.Actor;
import org.integra.system.RequestParams;
import org.integra.system.ValidationFailedException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team's pages of an event's public registrations: the list (searchable, accents
 * ignored), the switch that opens or closes the public page, and one registration, which
 * a coordinator links to a city of Integra and a person of the directory.
 */
@Controller
class RegistrationController {

	private final Events events;

	private final Registrations registrations;

	private final RegistrationRecords records;

	private final CityCatalog cities;

	private final CountryCatalog countries;

	RegistrationController(Events events, Registrations registrations, RegistrationRecords records, CityCatalog cities,
			CountryCatalog countries) {
		this.events = events;
		this.registrations = registrations;
		this.records = records;
		this.cities = cities;
		this.countries = countries;
	}

	@GetMapping("/events/{id:\\d+}/registrations")
	String list(@PathVariable long id, @RequestParam(required = false) String q,
			@RequestParam(required = false) String page, Actor actor, Locale locale, Model model) {
		var found = this.records.search(id, q, RequestParams.page(page), actor);
		Event event = this.events.get(id);
		model.addAttribute("event", event);
		model.addAttribute("eventTitle", event.title(locale));
		model.addAttribute("page", found);
		model.addAttribute("q", q);
		model.addAttribute("open", this.registrations.isOpen(id));
		model.addAttribute("mayManage", EventPolicy.of(actor).mayManage());
		model.addAttribute("confirmed", this.records.countConfirmed(id));
		return "events/registrations";
	}

	@PostMapping("/events/{id:\\d+}/registrations/settings")
	String settings(@PathVariable long id, @RequestParam(required = false) String open, Actor actor,
			RedirectAttributes redirect) {
		this.records.setOpen(id, "true".equals(open), actor);
		redirect.addFlashAttribute("message",
				"true".equals(open) ? "events.registrations.opened" : "events.registrations.closed");
		return "redirect:/events/" + id + "/registrations";
	}

	@GetMapping("/events/{id:\\d+}/registrations/{registrationId:\\d+}")
	String show(@PathVariable long id, @PathVariable long registrationId,
			@RequestParam(required = false) String cityQuery, Actor actor, Locale locale, Model model) {
		Registration registration = this.records.get(id, registrationId, actor);
		Event event = this.events.get(id);
		String query = (cityQuery != null) ? cityQuery : registration.getCityName();
		model.addAttribute("event", event);
		model.addAttribute("eventTitle", event.title(locale));
		model.addAttribute("registration", registration);
		model.addAttribute("mayManage", EventPolicy.of(actor).mayManage());
		model.addAttribute("countryName", (registration.getCountryCode() != null)
				? this.countries.find(registration.getCountryCode()).map((c) -> c.name(locale)).orElse(null) : null);
		model.addAttribute("linkedCity",
				(registration.getCityId() != null) ? this.cities.find(registration.getCityId()).orElse(null) : null);
		model.addAttribute("cityQuery", query);
		List<CitySummary> choices = (registration.getCityId() == null)
				? this.records.cityChoices(query, registration.getCountryCode()) : List.of();
		model.addAttribute("cityChoices", choices);
		model.addAttribute("likelyPeople",
				(registration.getPersonId() == null) ? this.records.likelyPeople(registration) : List.of());
		model.addAttribute("countries", this.countries.byName(locale));
		return "events/registration";
	}

	@PostMapping("/events/{id:\\d+}/registrations/{registrationId:\\d+}/city")
	String linkCity(@PathVariable long id, @PathVariable long registrationId,
			@RequestParam(required = false) String cityId, Actor actor, RedirectAttributes redirect) {
		Long city = RequestParams.id(cityId);
		try {
			if (city == null) {
				throw new ValidationFailedException("cityId", "events.registration.city.unknown");
			}
			this.records.linkCity(id, registrationId, city, actor);
			redirect.addFlashAttribute("message", "events.registration.city.linked");
		}
		catch (ValidationFailedException ex) {
			redirect.addFlashAttribute("error", ex.getErrors().getFieldErrors().get(0).getCode());
		}
		return back(id, registrationId);
	}

	@PostMapping("/events/{id:\\d+}/registrations/{registrationId:\\d+}/city/new")
	String createCity(@PathVariable long id, @PathVariable long registrationId,
			@RequestParam(required = false) String name, @RequestParam(required = false) String country, Actor actor,
			RedirectAttributes redirect) {
		try {
			this.records.createCity(id, registrationId, name, RequestParams.countryCode(country), actor);
			redirect.addFlashAttribute("message", "events.registration.city.created");
		}
		catch (ValidationFailedException ex) {
			redirect.addFlashAttribute("error", ex.getErrors().getFieldErrors().get(0).getCode());
		}
		return back(id, registrationId);
	}

	@PostMapping("/events/{id:\\d+}/registrations/{registrationId:\\d+}/person")
	String linkPerson(@PathVariable long id, @PathVariable long registrationId,
			@RequestParam(required = false) String personId, Actor actor, RedirectAttributes redirect) {
		Long person = RequestParams.id(personId);
		if (person == null) {
			redirect.addFlashAttribute("error", "events.registration.person.unknown");
			return back(id, registrationId);
		}
		this.records.linkPerson(id, registrationId, person, actor);
		redirect.addFlashAttribute("message", "events.registration.person.linked");
		return back(id, registrationId);
	}

	@PostMapping("/events/{id:\\d+}/registrations/{registrationId:\\d+}/person/new")
	String createPerson(@PathVariable long id, @PathVariable long registrationId, Actor actor,
			RedirectAttributes redirect) {
		this.records.createPerson(id, registrationId, actor);
		redirect.addFlashAttribute("message", "events.registration.person.created");
		return back(id, registrationId);
	}

	private static String back(long id, long registrationId) {
		return "redirect:/events/" + id + "/registrations/" + registrationId;
	}

}
