package org.integra.events.web;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.integra.cities.CountryCatalog;
import org.integra.events.Event;
import org.integra.events.PublicRegistrationForms;
import org.integra.events.Registration;
import org.integra.events.RegistrationRateLimit;
import org.integra.events.Registrations;
import org.integra.system.ValidationFailedException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An event's public registration page, open without signing in while the event takes
 * registrations, and the link that confirms a registrant's address. A robot's submission
 * (the hidden field filled in, or sent back faster than a person types) is refused
 * quietly: it gets the same answer as a person's, and only the log says it was refused.
 */
@Controller
class PublicRegistrationController {

	private static final Logger log = LoggerFactory.getLogger(PublicRegistrationController.class);

	/** The hidden field only robots fill in. */
	static final String HONEYPOT = "website";

	static final List<String> FIELDS = List.of("name", "organization", "city", "country", "position", "email",
			"language");

	private final Registrations registrations;

	private final PublicRegistrationForms forms;

	private final RegistrationRateLimit rateLimit;

	private final CountryCatalog countries;

	private final Clock clock;

	PublicRegistrationController(Registrations registrations, PublicRegistrationForms forms,
			RegistrationRateLimit rateLimit, CountryCatalog countries, Clock clock) {
		this.registrations = registrations;
		this.forms = forms;
		this.rateLimit = rateLimit;
		this.countries = countries;
		this.clock = clock;
	}

	@GetMapping("/events/{id:\\d+}/register")
	String show(@PathVariable long id, Locale locale, Model model) {
		Event event = this.registrations.openEvent(id);
		Map<String, String> values = new LinkedHashMap<>();
		values.put("language", locale.getLanguage());
		return form(event, values, locale, model);
	}

	@PostMapping("/events/{id:\\d+}/register")
	String register(@PathVariable long id, @RequestParam Map<String, String> params, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		Event event = this.registrations.openEvent(id);
		Map<String, String> values = new LinkedHashMap<>();
		FIELDS.forEach((field) -> values.put(field, params.get(field)));
		String address = request.getRemoteAddr();
		if (!this.rateLimit.tryAcquire(address)) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("refusal", "events.register.tooMany");
			return form(event, values, locale, model);
		}
		String honeypot = params.get(HONEYPOT);
		if (honeypot != null && !honeypot.isEmpty()) {
			log.warn("Public registration to event {} refused quietly: hidden field filled in, from {}", id, address);
			return "redirect:/events/" + id + "/register/sent";
		}
		Optional<Instant> shownAt = this.forms.shownAt(params.get("stamp"));
		Instant now = this.clock.instant();
		if (shownAt.isEmpty() || this.forms.stale(shownAt.get(), now)) {
			model.addAttribute("refusal", "events.register.stale");
			return form(event, values, locale, model);
		}
		if (this.forms.tooFast(shownAt.get(), now)) {
			log.warn("Public registration to event {} refused quietly: sent {} ms after the page was shown, from {}",
					id, now.toEpochMilli() - shownAt.get().toEpochMilli(), address);
			return "redirect:/events/" + id + "/register/sent";
		}
		try {
			this.registrations.register(id, this.forms.submission(values));
			return "redirect:/events/" + id + "/register/sent";
		}
		catch (ValidationFailedException ex) {
			model.addAttribute("errors", ex.getErrors());
			return form(event, values, locale, model);
		}
	}

	@GetMapping("/events/{id:\\d+}/register/sent")
	String sent(@PathVariable long id, Locale locale, Model model) {
		Event event = this.registrations.openEvent(id);
		model.addAttribute("eventTitle", event.title(locale));
		return "events/registration-sent";
	}

	@GetMapping("/registrations/{token}")
	String confirmation(@PathVariable String token, Locale locale, Model model) {
		Registration registration = this.registrations.byToken(token);
		return confirmationPage(registration, token, false, locale, model);
	}

	@PostMapping("/registrations/{token}")
	String confirm(@PathVariable String token, Locale locale, Model model) {
		this.registrations.confirm(token);
		return confirmationPage(this.registrations.byToken(token), token, true, locale, model);
	}

	private String confirmationPage(Registration registration, String token, boolean justConfirmed, Locale locale,
			Model model) {
		Event event = this.registrations.eventOf(registration);
		model.addAttribute("registration", registration);
		model.addAttribute("token", token);
		model.addAttribute("justConfirmed", justConfirmed);
		model.addAttribute("eventTitle", event.title(locale));
		model.addAttribute("when", EventTimes.span(event, locale));
		return "events/registration-confirm";
	}

	private String form(Event event, Map<String, String> values, Locale locale, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("eventTitle", event.title(locale));
		model.addAttribute("description", event.description(locale));
		model.addAttribute("when", EventTimes.span(event, locale));
		model.addAttribute("values", values);
		model.addAttribute("stamp", this.forms.issue());
		model.addAttribute("countries", this.countries.byName(locale));
		model.addAttribute("languages", List.of("es", "pt", "en"));
		return "events/register";
	}

}
