package org.integra.letters;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.integra.accounts.UserDirectory;
import org.integra.accounts.UserSummary;
import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.cities.CountryNames;
import org.integra.directory.OrganizationKind;
import org.integra.directory.OrganizationSummary;
import org.integra.directory.PersonSummary;
import org.integra.outreach.CandidateScope;
import org.integra.system.NotFoundException;
import org.integra.system.ValidationFailedException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filling a template for a candidate city and a contact, to preview it or to send it, and
 * filling a template being edited for a sample city.
 */
@Service
@Transactional(readOnly = true)
public class LetterComposer {

	private final LetterTemplates templates;

	private final LetterContacts contacts;

	private final CityCatalog cities;

	private final CountryNames countries;

	private final UserDirectory users;

	private final CandidateScope scope;

	private final Clock clock;

	LetterComposer(LetterTemplates templates, LetterContacts contacts, CityCatalog cities, CountryNames countries,
			UserDirectory users, CandidateScope scope, Clock clock) {
		this.templates = templates;
		this.contacts = contacts;
		this.cities = cities;
		this.countries = countries;
		this.users = users;
		this.scope = scope;
		this.clock = clock;
	}

	/**
	 * The language to offer first: the contact's preferred language, else the city
	 * country's (Portuguese for Brazil, Spanish otherwise).
	 */
	public static String languageFor(String countryCode, PersonSummary person) {
		if (person != null && person.preferredLanguage() != null
				&& TemplateRules.LANGUAGES.contains(person.preferredLanguage())) {
			return person.preferredLanguage();
		}
		return "BR".equals(countryCode) ? "pt" : "es";
	}

	/**
	 * The template filled for the request.
	 * @throws NotFoundException when the city is not found, or the city, contact or
	 * intermediary is outside the user's scope
	 * @throws ValidationFailedException when no template was chosen
	 */
	public ComposedLetter compose(ComposeRequest request, String user) {
		CitySummary city = this.contacts.candidate(request.cityId());
		this.contacts.requireReachable(request.personId(), request.intermediaryId());
		if (request.templateId() == null) {
			throw new ValidationFailedException("templateId", "letters.compose.template.required");
		}
		LetterTemplate template;
		try {
			template = this.templates.get(request.templateId());
		}
		catch (NotFoundException ex) {
			throw new ValidationFailedException("templateId", "letters.compose.template.required");
		}
		PersonSummary person = null;
		if (request.personId() != null) {
			try {
				person = this.contacts.person(request.personId());
			}
			catch (NotFoundException ex) {
				throw new ValidationFailedException("personId", "letters.compose.person.notFound");
			}
		}
		Long mentorCityId = this.contacts.currentMentorCity().orElse(request.mentorCityId());
		return fill(template.getId(), template.getKind(), template.getLanguage(), template.getSubject(),
				template.getBody(), city, person, request.intermediaryId(), mentorCityId, user);
	}

	/**
	 * A template being edited, filled for the first candidate city on record and a
	 * contact of its government, if there is one.
	 */
	public ComposedLetter sample(LetterTemplateForm form, String user) {
		LetterTemplateForm clean = LetterTemplates.cleaned(form);
		String language = (clean.getLanguage() == null || !TemplateRules.LANGUAGES.contains(clean.getLanguage())) ? "es"
				: clean.getLanguage();
		CitySummary city = this.cities.candidateCities()
			.stream()
			.filter((c) -> this.scope.current().includes(c.id()))
			.findFirst()
			.orElse(null);
		PersonSummary person = null;
		if (city != null) {
			person = this.contacts.contactsFor(city)
				.stream()
				.filter((p) -> p.organization() != null && city.id() == orZero(p.organization().cityId()))
				.findFirst()
				.orElse(null);
		}
		return fill(null, clean.getKind(), language, clean.getSubject(), clean.getBody(), city, person, null, null,
				user);
	}

	private static long orZero(Long value) {
		return (value == null) ? 0 : value;
	}

	private ComposedLetter fill(Long templateId, TemplateKind kind, String language, String subject, String body,
			CitySummary city, PersonSummary person, Long intermediaryId, Long mentorCityId, String user) {
		Locale locale = Locale.forLanguageTag(language);
		String date = LocalDate.now(this.clock)
			.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
		Map<String, String> values = new HashMap<>();
		if (city != null) {
			values.put("city", city.name());
			values.put("country", this.countries.name(city.countryCode(), locale).orElse(null));
			Long mentor = (mentorCityId != null) ? mentorCityId : this.contacts.firstMentorCity(city.id()).orElse(null);
			if (mentor != null) {
				this.cities.find(mentor).ifPresent((m) -> values.put("mentorCity", m.name()));
			}
		}
		if (person != null) {
			values.put("contact.name", person.name());
			values.put("contact.position", person.position());
			if (person.organization() != null) {
				values.put("contact.organization", person.organization().name());
			}
		}
		OrganizationSummary intermediary = null;
		if (intermediaryId != null) {
			// an unknown id is reported when the interaction is logged
			intermediary = this.contacts.organization(intermediaryId).orElse(null);
		}
		else if (person != null && person.organization() != null
				&& person.organization().kind() == OrganizationKind.EMBASSY) {
			intermediary = person.organization();
		}
		if (intermediary != null) {
			values.put("intermediary", intermediary.name());
		}
		this.users.find(user)
			.filter(UserSummary::enabled)
			.ifPresent((sender) -> values.put("sender.name", sender.displayName()));
		values.put("date", date);
		return new ComposedLetter(templateId, kind, language, city, person, TemplateRenderer.render(subject, values),
				TemplateRenderer.render(body, values), date);
	}

}
