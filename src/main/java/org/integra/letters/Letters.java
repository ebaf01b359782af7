package org.integra.letters;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.integra.accounts.AccountManagement;
import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.cities.Country;
import org.integra.cities.CountryRepository;
import org.integra.directory.DirectoryManagement;
import org.integra.directory.DirectoryReach;
import org.integra.directory.DirectoryReferences;
import org.integra.directory.DirectoryScope;
import org.integra.directory.Organization;
import org.integra.directory.OrganizationKind;
import org.integra.directory.Person;
import org.integra.letters.TemplateRenderer.Rendered;
import org.integra.mail.MessageKind;
import org.integra.mail.OutboxMessage;
import org.integra.mail.Outbox;
import org.integra.mail.OutgoingMessage;
import org.integra.outreach.CandidateScope;
import org.integra.outreach.Channel;
import org.integra.outreach.Interaction;
import org.integra.outreach.InteractionDraft;
import org.integra.outreach.InteractionKind;
import org.integra.outreach.Interactions;
import org.integra.outreach.InterestLevel;
import org.integra.outreach.MentorAssignment;
import org.integra.outreach.Mentors;
import org.integra.outreach.Pipeline;
import org.integra.system.NotFoundException;
import org.integra.system.TextInput;
import org.integra.system.ValidationFailedException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composing a letter from a template for a candidate city and a contact, previewing it,
 * and sending it: as a PDF to download or as an e-mail queued in the outbox. Either way
 * the letter is kept and an interaction is logged on the city, in one transaction.
 */
@Service
@Transactional(readOnly = true)
public class Letters {

	public static final int NOTE_MAX = 500;

	/** What the outbox's columns hold. */
	static final int SUBJECT_OUT_MAX = 300;

	static final int BODY_OUT_MAX = 20000;

	private final LetterTemplates templates;

	private final LetterRepository letters;

	private final CityCatalog cities;

	private final CountryRepository countries;

	private final DirectoryManagement directory;

	private final DirectoryScope directoryScope;

	private final AccountManagement accounts;

	private final Mentors mentors;

	private final CandidateScope scope;

	private final Pipeline pipeline;

	private final Interactions interactions;

	private final Outbox outbox;

	private final MessageSource messages;

	private final Clock clock;

	Letters(LetterTemplates templates, LetterRepository letters, CityCatalog cities, CountryRepository countries,
			DirectoryManagement directory, DirectoryScope directoryScope, AccountManagement accounts, Mentors mentors,
			CandidateScope scope, Pipeline pipeline, Interactions interactions, Outbox outbox, MessageSource messages,
			Clock clock) {
		this.templates = templates;
		this.letters = letters;
		this.cities = cities;
		this.countries = countries;
		this.directory = directory;
		this.directoryScope = directoryScope;
		this.accounts = accounts;
		this.mentors = mentors;
		this.scope = scope;
		this.pipeline = pipeline;
		this.interactions = interactions;
		this.outbox = outbox;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * What the user chose on the compose page.
	 *
	 * @param cityId the candidate city
	 * @param templateId the template
	 * @param personId the contact, if any
	 * @param channel the route the letter takes
	 * @param intermediaryId the organization that carries it (embassy, network), if any
	 * @param mentorCityId the mentor city, for the mentor-city channel or the mentor
	 * field
	 * @param note a short note for the interaction, if any
	 * @param confirmMissingFields whether the user confirmed that the letter may go out
	 * with fields left unfilled
	 */
	public record ComposeRequest(long cityId, Long templateId, Long personId, Channel channel, Long intermediaryId,
			Long mentorCityId, String note, boolean confirmMissingFields) {

		/** A request that does not confirm unfilled fields. */
		public ComposeRequest(long cityId, Long templateId, Long personId, Channel channel, Long intermediaryId,
				Long mentorCityId, String note) {
			this(cityId, templateId, personId, channel, intermediaryId, mentorCityId, note, false);
		}

	}

	/**
	 * A template filled for a city and contact.
	 *
	 * @param templateId the template, {@code null} for a template being edited
	 * @param kind letter or e-mail
	 * @param language the template's language
	 * @param city the candidate city
	 * @param person the contact, if any
	 * @param subject the filled subject
	 * @param body the filled body
	 * @param date the date as written in the template's language
	 */
	public record Composed(Long templateId, TemplateKind kind, String language, CitySummary city, Person person,
			Rendered subject, Rendered body, String date) {

		/** Fields without a value, in subject and body. */
		public List<String> missing() {
			Set<String> missing = new LinkedHashSet<>(this.subject.missing());
			missing.addAll(this.body.missing());
			return List.copyOf(missing);
		}

		public List<String> paragraphs() {
			return TemplateRenderer.paragraphs(this.body.text());
		}

	}

	/**
	 * A candidate city the current user may compose for.
	 * @throws NotFoundException when it is no candidate or outside the user's scope
	 */
	public CitySummary candidate(long cityId) {
		this.scope.requireVisible(cityId);
		this.pipeline.candidate(cityId).orElseThrow(() -> new NotFoundException("outreach.candidate.notFound", cityId));
		return this.cities.find(cityId).orElseThrow(() -> new NotFoundException("outreach.candidate.notFound", cityId));
	}

	/**
	 * Refuses, as not found, a contact or intermediary outside the current user's scope
	 * (for a mentor: of other cities than their candidates' and their own, and not of the
	 * network); unknown ids are reported when composing.
	 * @throws NotFoundException when one is outside the scope
	 */
	public void requireReachable(Long personId, Long intermediaryId) {
		this.directoryScope.requireReachable(DirectoryReferences.of(intermediaryId, personId));
	}

	/**
	 * The language to offer first: the contact's preferred language, else the city
	 * country's (Portuguese for Brazil, Spanish otherwise).
	 */
	public static String languageFor(String countryCode, Person person) {
		if (person != null && person.getPreferredLanguage() != null
				&& TemplateRules.LANGUAGES.contains(person.getPreferredLanguage())) {
			return person.getPreferredLanguage();
		}
		return "BR".equals(countryCode) ? "pt" : "es";
	}

	/** The mentor city a mentor user acts for, if the current user is one. */
	public Optional<Long> currentMentorCity() {
		CandidateScope.Scope current = this.scope.current();
		return current.isMentor() ? Optional.ofNullable(current.mentorCityId()) : Optional.empty();
	}

	/** The member cities assigned as mentors of a candidate, first assigned first. */
	public List<CitySummary> mentorCitiesOf(long cityId) {
		List<CitySummary> result = new ArrayList<>();
		for (MentorAssignment assignment : this.mentors.mentorsOf(cityId)) {
			this.cities.find(assignment.getMentorCityId()).ifPresent(result::add);
		}
		return result;
	}

	/**
	 * The people to offer as contacts: those of the city's government, of the embassies
	 * of its country, and of its mentor cities' governments, within the user's scope.
	 */
	public List<Person> contactsFor(CitySummary city) {
		Set<Long> mentorCities = this.mentors.mentorCityIdsOf(city.id());
		DirectoryReach reach = this.directoryScope.current();
		List<Person> people = new ArrayList<>();
		for (Organization organization : this.directory.allOrganizations()) {
			if (!reach.includes(organization)) {
				continue;
			}
			boolean cityGovernment = organization.getKind() == OrganizationKind.CITY_GOVERNMENT
					&& organization.getCityId() != null
					&& (organization.getCityId() == city.id() || mentorCities.contains(organization.getCityId()));
			boolean embassy = organization.getKind() == OrganizationKind.EMBASSY
					&& city.countryCode().equals(organization.getCountryCode());
			if (cityGovernment || embassy) {
				people.addAll(this.directory.peopleOf(organization.getId()));
			}
		}
		return people;
	}

	/**
	 * Other people of the directory, by name, up to a hundred, leaving out those given.
	 */
	public List<Person> otherPeople(Set<Long> leftOut) {
		List<Person> others = new ArrayList<>();
		for (int page = 0; page < 4 && others.size() < 100; page++) {
			List<Person> found = this.directory.searchPeople(null, null, page).getContent();
			found.stream().filter((p) -> !leftOut.contains(p.getId())).forEach(others::add);
			if (found.size() < DirectoryManagement.PAGE_SIZE) {
				break;
			}
		}
		return others.subList(0, Math.min(100, others.size()));
	}

	/**
	 * The organizations that may carry a letter: embassies, networks and network bodies.
	 */
	public List<Organization> intermediaries() {
		return this.directory.allOrganizations()
			.stream()
			.filter((o) -> o.getKind() == OrganizationKind.EMBASSY || o.getKind() == OrganizationKind.PARTNER_NETWORK
					|| o.getKind() == OrganizationKind.NETWORK_BODY)
			.toList();
	}

	/**
	 * @throws NotFoundException when there is no such person
	 */
	public Person person(long id) {
		return this.directory.person(id);
	}

	/**
	 * The template filled for the request.
	 * @throws NotFoundException when the city is not found, or the city, contact or
	 * intermediary is outside the user's scope
	 * @throws ValidationFailedException when no template was chosen
	 */
	public Composed compose(ComposeRequest request, String user) {
		CitySummary city = candidate(request.cityId());
		requireReachable(request.personId(), request.intermediaryId());
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
		Person person = null;
		if (request.personId() != null) {
			try {
				person = this.directory.person(request.personId());
			}
			catch (NotFoundException ex) {
				throw new ValidationFailedException("personId", "letters.compose.person.notFound");
			}
		}
		Long mentorCityId = currentMentorCity().orElse(request.mentorCityId());
		return fill(template.getId(), template.getKind(), template.getLanguage(), template.getSubject(),
				template.getBody(), city, person, request.intermediaryId(), mentorCityId, user);
	}

	/**
	 * A template being edited, filled for the first candidate city on record and a
	 * contact of its government, if there is one.
	 */
	public Composed sample(LetterTemplateForm form, String user) {
		LetterTemplateForm clean = LetterTemplates.cleaned(form);
		String language = (clean.getLanguage() == null || !TemplateRules.LANGUAGES.contains(clean.getLanguage())) ? "es"
				: clean.getLanguage();
		CitySummary city = this.cities.candidateCities()
			.stream()
			.filter((c) -> this.scope.current().includes(c.id()))
			.findFirst()
			.orElse(null);
		Person person = null;
		if (city != null) {
			person = contactsFor(city).stream()
				.filter((p) -> p.getOrganization() != null && city.id() == orZero(p.getOrganization().getCityId()))
				.findFirst()
				.orElse(null);
		}
		return fill(null, clean.getKind(), language, clean.getSubject(), clean.getBody(), city, person, null, null,
				user);
	}

	private static long orZero(Long value) {
		return (value == null) ? 0 : value;
	}

	private Composed fill(Long templateId, TemplateKind kind, String language, String subject, String body,
			CitySummary city, Person person, Long intermediaryId, Long mentorCityId, String user) {
		Locale locale = Locale.forLanguageTag(language);
		String date = LocalDate.now(this.clock)
			.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
		Map<String, String> values = new HashMap<>();
		if (city != null) {
			values.put("city", city.name());
			values.put("country", this.countries.findById(city.countryCode()).map((c) -> c.name(locale)).orElse(null));
			Long mentor = (mentorCityId != null) ? mentorCityId
					: this.mentors.mentorsOf(city.id())
						.stream()
						.findFirst()
						.map(MentorAssignment::getMentorCityId)
						.orElse(null);
			if (mentor != null) {
				this.cities.find(mentor).ifPresent((m) -> values.put("mentorCity", m.name()));
			}
		}
		if (person != null) {
			values.put("contact.name", person.getName());
			values.put("contact.position", person.getPosition());
			if (person.getOrganization() != null) {
				values.put("contact.organization", person.getOrganization().getName());
			}
		}
		Organization intermediary = null;
		if (intermediaryId != null) {
			// an unknown id is reported when the interaction is logged
			intermediary = this.directory.allOrganizations()
				.stream()
				.filter((o) -> intermediaryId.equals(o.getId()))
				.findFirst()
				.orElse(null);
		}
		else if (person != null && person.getOrganization() != null
				&& person.getOrganization().getKind() == OrganizationKind.EMBASSY) {
			intermediary = person.getOrganization();
		}
		if (intermediary != null) {
			values.put("intermediary", intermediary.getName());
		}
		if (this.accounts.isEnabledUser(user)) {
			values.put("sender.name", this.accounts.get(user).getDisplayName());
		}
		values.put("date", date);
		return new Composed(templateId, kind, language, city, person, TemplateRenderer.render(subject, values),
				TemplateRenderer.render(body, values), date);
	}

	/**
	 * Makes the letter's PDF, keeps the letter and logs it as a letter on the city.
	 * @throws ValidationFailedException naming every refused field; nothing is stored
	 * @throws MissingFieldsUnconfirmed when fields are unfilled and the request does not
	 * confirm them; nothing is stored
	 */
	@Transactional
	public Letter downloadPdf(ComposeRequest request, String user) {
		Composed composed = compose(request, user);
		checkSendable(composed, request);
		Interaction interaction = log(request, composed, InteractionKind.LETTER, user);
		return this.letters.save(new Letter(composed.templateId(), request.cityId(), request.personId(),
				composed.language(), composed.subject().text(), composed.body().text(), SentHow.PDF, null,
				interaction.getId(), user, this.clock.instant()));
	}

	/**
	 * Queues the letter in the outbox for the contact's e-mail address, keeps it and logs
	 * it on the city.
	 * @throws ValidationFailedException when the contact has no e-mail address, or naming
	 * every refused field; nothing is stored
	 * @throws MissingFieldsUnconfirmed when fields are unfilled and the request does not
	 * confirm them; nothing is sent
	 */
	@Transactional
	public Letter sendByEmail(ComposeRequest request, String user) {
		Composed composed = compose(request, user);
		Person person = composed.person();
		if (person == null) {
			throw new ValidationFailedException("personId", "letters.compose.person.required");
		}
		if (person.getEmail() == null || person.getEmail().isBlank()) {
			throw new ValidationFailedException("personId", "letters.compose.person.noEmail");
		}
		checkSendable(composed, request);
		InteractionKind kind = (composed.kind() == TemplateKind.EMAIL) ? InteractionKind.EMAIL : InteractionKind.LETTER;
		Interaction interaction = log(request, composed, kind, user);
		MessageKind messageKind = (composed.kind() == TemplateKind.EMAIL) ? MessageKind.EMAIL : MessageKind.LETTER;
		OutboxMessage message = this.outbox.queue(new OutgoingMessage(messageKind, person.getEmail(), person.getName(),
				composed.subject().text(), composed.body().text(), composed.language(), "city:" + request.cityId()),
				user);
		return this.letters.save(new Letter(composed.templateId(), request.cityId(), person.getId(),
				composed.language(), composed.subject().text(), composed.body().text(), SentHow.EMAIL, message.getId(),
				interaction.getId(), user, this.clock.instant()));
	}

	private static void checkSendable(Composed composed, ComposeRequest request) {
		List<Map.Entry<String, String>> refused = new ArrayList<>();
		if (composed.subject().text().length() > SUBJECT_OUT_MAX || composed.body().text().length() > BODY_OUT_MAX) {
			refused.add(Map.entry("templateId", "letters.compose.tooLong"));
		}
		if (request.note() != null && request.note().length() > NOTE_MAX) {
			refused.add(Map.entry("note", "letters.compose.note.tooLong"));
		}
		if (request.channel() == null) {
			refused.add(Map.entry("channel", "outreach.interaction.channel.required"));
		}
		if (!refused.isEmpty()) {
			throw new ValidationFailedException(refused);
		}
		if (!composed.missing().isEmpty() && !request.confirmMissingFields()) {
			throw new MissingFieldsUnconfirmed(composed.missing());
		}
	}

	private Interaction log(ComposeRequest request, Composed composed, InteractionKind kind, String user) {
		Channel channel = request.channel();
		Long mentorCityId = currentMentorCity().orElse(request.mentorCityId());
		if (currentMentorCity().isPresent()) {
			channel = Channel.MENTOR_CITY;
		}
		if (channel == Channel.MENTOR_CITY && mentorCityId == null) {
			mentorCityId = this.mentors.mentorsOf(request.cityId())
				.stream()
				.findFirst()
				.map(MentorAssignment::getMentorCityId)
				.orElse(null);
		}
		String note = (request.note() == null) ? "" : TextInput.withoutNul(request.note()).strip();
		String summary = composed.subject().text() + (note.isEmpty() ? "" : "\n" + note);
		InterestLevel interest = this.interactions.ofCity(request.cityId())
			.stream()
			.findFirst()
			.map(Interaction::getInterest)
			.orElse(InterestLevel.NONE);
		Set<Long> people = (request.personId() == null) ? Set.of() : Set.of(request.personId());
		Long intermediaryId = request.intermediaryId();
		Person person = composed.person();
		if (intermediaryId == null && person != null && person.getOrganization() != null
				&& (channel == Channel.EMBASSY_IN_LA_PAZ || channel == Channel.BOLIVIAN_EMBASSY
						|| channel == Channel.PARTNER_NETWORK)) {
			// writing to someone at an embassy or network goes through their organization
			intermediaryId = person.getOrganization().getId();
		}
		return this.interactions.log(new InteractionDraft(request.cityId(), LocalDate.now(this.clock), kind, channel,
				intermediaryId, (channel == Channel.MENTOR_CITY) ? mentorCityId : null, people, summary, null, interest,
				null, null, null), user);
	}

	/**
	 * A letter kept on a candidate the user may see.
	 * @throws NotFoundException otherwise
	 */
	public Letter letter(long id) {
		Letter letter = this.letters.findById(id)
			.orElseThrow(() -> new NotFoundException("letters.letter.notFound", id));
		if (!this.scope.current().includes(letter.getCityId())) {
			throw new NotFoundException("letters.letter.notFound", id);
		}
		return letter;
	}

	/** The letters sent to a candidate, newest first; empty outside the user's scope. */
	public List<Letter> ofCity(long cityId) {
		if (!this.scope.current().includes(cityId)) {
			return List.of();
		}
		return this.letters.findByCityIdOrderBySentAtDescIdDesc(cityId);
	}

	/** The letter as a PDF, with the letterhead and date in its language. */
	public byte[] pdf(Letter letter) {
		Locale locale = Locale.forLanguageTag(letter.getLanguage());
		String date = LocalDate.ofInstant(letter.getSentAt(), this.clock.getZone())
			.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
		String letterhead = this.messages.getMessage("letters.letterhead", null, locale);
		return LetterPdf.render(letterhead, date, letter.getSubject(), letter.getBody(), letter.getLanguage());
	}

	/** A file name for the letter's PDF, in plain ASCII. */
	public String fileName(Letter letter) {
		String city = this.cities.find(letter.getCityId()).map(CitySummary::name).orElse("city");
		String ascii = Normalizer.normalize(city, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^A-Za-z0-9]+", "-")
			.replaceAll("(^-|-$)", "")
			.toLowerCase(Locale.ROOT);
		return "letter-" + (ascii.isEmpty() ? "city" : ascii) + "-" + letter.getId() + ".pdf";
	}

}
