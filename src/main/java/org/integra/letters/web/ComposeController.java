package org.integra.letters.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.integra.cities.CitySummary;
import org.integra.directory.OrganizationSummary;
import org.integra.directory.PersonSummary;
import org.integra.letters.ComposedLetter;
import org.integra.letters.Letter;
import org.integra.letters.LetterComposer;
import org.integra.letters.LetterContacts;
import org.integra.letters.LetterDispatch;
import org.integra.letters.LetterFiles;
import org.integra.letters.LetterTemplate;
import org.integra.letters.LetterTemplates;
import org.integra.letters.MissingFieldsUnconfirmedException;
import org.integra.letters.SentLetters;
import org.integra.letters.TemplateKind;
import org.integra.letters.TemplatePurpose;
import org.integra.outreach.Channel;
import org.integra.system.NotFoundException;
import org.integra.system.ValidationFailedException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
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
 * Composing a letter for a candidate city: choose, preview, then download as PDF or send
 * by e-mail; either way it is logged on the city.
 */
@Controller
class ComposeController {

	static final Set<String> FORM_FIELDS = Set.of("cityId", "templateId", "personId", "channel", "intermediaryId",
			"mentorCityId", "note", MissingFieldsUnconfirmedException.CONFIRMATION);

	private final LetterContacts contacts;

	private final LetterComposer composer;

	private final LetterDispatch dispatch;

	private final LetterFiles files;

	private final SentLetters sent;

	private final LetterTemplates templates;

	ComposeController(LetterContacts contacts, LetterComposer composer, LetterDispatch dispatch, LetterFiles files,
			SentLetters sent, LetterTemplates templates) {
		this.contacts = contacts;
		this.composer = composer;
		this.dispatch = dispatch;
		this.files = files;
		this.sent = sent;
		this.templates = templates;
	}

	@InitBinder("composeForm")
	void setAllowedFields(WebDataBinder binder) {
		binder.setAllowedFields(FORM_FIELDS.toArray(String[]::new));
	}

	@GetMapping(path = "/letters/compose", params = "cityId")
	String compose(@ModelAttribute("composeForm") ComposeForm form, BindingResult result, Model model) {
		CitySummary city = city(form);
		PersonSummary person = null;
		if (form.getPersonId() != null) {
			try {
				person = this.contacts.person(form.getPersonId());
			}
			catch (NotFoundException ex) {
				form.setPersonId(null);
			}
		}
		String language = LetterComposer.languageFor(city.countryCode(), person);
		List<LetterTemplate> offered = this.templates.languageFirst(language);
		if (form.getTemplateId() == null && !offered.isEmpty()) {
			form.setTemplateId(offered.get(0).getId());
		}
		if (form.getChannel() == null) {
			form.setChannel(defaultChannel(offered, form.getTemplateId()));
		}
		if (form.getIntermediaryId() == null && person != null && person.organization() != null
				&& (form.getChannel() == Channel.EMBASSY_IN_LA_PAZ || form.getChannel() == Channel.BOLIVIAN_EMBASSY
						|| form.getChannel() == Channel.PARTNER_NETWORK)) {
			form.setIntermediaryId(person.organization().id());
		}
		return page(model, city, form, person, language, offered);
	}

	@PostMapping("/letters/compose/preview")
	String preview(@ModelAttribute("composeForm") ComposeForm form, BindingResult result, Authentication user,
			Model model) {
		CitySummary city = city(form);
		if (result.hasErrors()) {
			return page(model, city, form);
		}
		try {
			model.addAttribute("composed", this.composer.compose(form.toRequest(), user.getName()));
		}
		catch (ValidationFailedException ex) {
			ex.copyTo(result, FORM_FIELDS);
			return page(model, city, form);
		}
		return previewPage(model, city, form);
	}

	@PostMapping("/letters/compose/pdf")
	Object downloadPdf(@ModelAttribute("composeForm") ComposeForm form, BindingResult result, Authentication user,
			Model model) {
		CitySummary city = city(form);
		if (result.hasErrors()) {
			return page(model, city, form);
		}
		Letter letter;
		try {
			letter = this.dispatch.downloadPdf(form.toRequest(), user.getName());
		}
		catch (ValidationFailedException ex) {
			ex.copyTo(result, FORM_FIELDS);
			return retry(model, city, form, user);
		}
		return pdf(letter);
	}

	@PostMapping("/letters/compose/send")
	String send(@ModelAttribute("composeForm") ComposeForm form, BindingResult result, Authentication user, Model model,
			RedirectAttributes redirect) {
		CitySummary city = city(form);
		if (result.hasErrors()) {
			return page(model, city, form);
		}
		try {
			this.dispatch.sendByEmail(form.toRequest(), user.getName());
		}
		catch (ValidationFailedException ex) {
			ex.copyTo(result, FORM_FIELDS);
			return retry(model, city, form, user);
		}
		redirect.addFlashAttribute("message", "letters.sent");
		return "redirect:/outreach/candidates/" + city.id();
	}

	@GetMapping("/letters/{id:\\d+}/pdf")
	ResponseEntity<byte[]> again(@PathVariable long id) {
		return pdf(this.sent.letter(id));
	}

	private ResponseEntity<byte[]> pdf(Letter letter) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(this.files.fileName(letter)).build().toString())
			.body(this.files.pdf(letter));
	}

	/** After a refusal: the preview again when it can be made, else the compose page. */
	private String retry(Model model, CitySummary city, ComposeForm form, Authentication user) {
		try {
			model.addAttribute("composed", this.composer.compose(form.toRequest(), user.getName()));
			return previewPage(model, city, form);
		}
		catch (ValidationFailedException ex) {
			return page(model, city, form);
		}
	}

	/** The candidate, once the city and every record the form names are in scope. */
	private CitySummary city(ComposeForm form) {
		if (form.getCityId() == null) {
			throw new NotFoundException("outreach.candidate.notFound", "");
		}
		CitySummary city = this.contacts.candidate(form.getCityId());
		this.contacts.requireReachable(form.getPersonId(), form.getIntermediaryId());
		return city;
	}

	private String page(Model model, CitySummary city, ComposeForm form) {
		PersonSummary person = null;
		if (form.getPersonId() != null) {
			try {
				person = this.contacts.person(form.getPersonId());
			}
			catch (NotFoundException ex) {
				// refused on preview already
			}
		}
		String language = LetterComposer.languageFor(city.countryCode(), person);
		return page(model, city, form, person, language, this.templates.languageFirst(language));
	}

	private String page(Model model, CitySummary city, ComposeForm form, PersonSummary person, String language,
			List<LetterTemplate> offered) {
		List<PersonSummary> people = new ArrayList<>(this.contacts.contactsFor(city));
		if (person != null && people.stream().noneMatch((p) -> Long.valueOf(p.id()).equals(form.getPersonId()))) {
			people.add(0, person);
		}
		model.addAttribute("city", city);
		model.addAttribute("language", language);
		model.addAttribute("offered", offered);
		model.addAttribute("people", people);
		boolean mentor = this.contacts.currentMentorCity().isPresent();
		// mentors have no access to the directory: they get only the people of their
		// candidate
		model.addAttribute("others", mentor ? List.of()
				: this.contacts.otherPeople(people.stream().map(PersonSummary::id).collect(Collectors.toSet())));
		model.addAttribute("channels", mentor ? List.of(Channel.MENTOR_CITY) : List.of(Channel.values()));
		List<OrganizationSummary> intermediaries = mentor ? List.of() : this.contacts.intermediaries();
		model.addAttribute("intermediaries", intermediaries);
		model.addAttribute("mentorCities", mentor ? List.of() : this.contacts.mentorCitiesOf(city.id()));
		model.addAttribute("noteMax", LetterDispatch.NOTE_MAX);
		model.addAttribute("sent", this.sent.ofCity(city.id()));
		return "letters/compose";
	}

	private String previewPage(Model model, CitySummary city, ComposeForm form) {
		model.addAttribute("city", city);
		ComposedLetter composed = (ComposedLetter) model.getAttribute("composed");
		boolean hasEmail = composed.person() != null && composed.person().email() != null
				&& !composed.person().email().isBlank();
		model.addAttribute("hasEmail", hasEmail);
		model.addAttribute("isLetter", composed.kind() == TemplateKind.LETTER);
		return "letters/preview";
	}

	private static Channel defaultChannel(List<LetterTemplate> offered, Long templateId) {
		TemplatePurpose purpose = offered.stream()
			.filter((t) -> t.getId().equals(templateId))
			.map(LetterTemplate::getPurpose)
			.findFirst()
			.orElse(TemplatePurpose.OTHER);
		return switch (purpose) {
			case EMBASSY_RELAY_REQUEST -> Channel.EMBASSY_IN_LA_PAZ;
			case MENTOR_REQUEST -> Channel.MENTOR_CITY;
			default -> Channel.DIRECT_FROM_LA_PAZ;
		};
	}

}
