package org.integra.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.integra.cities.CityCatalog;
import org.integra.cities.CityLookup;
import org.integra.cities.CitySummary;
import org.integra.directory.DirectoryCatalog;
import org.integra.directory.DirectoryPeople;
import org.integra.directory.DirectoryPeople.NewPerson;
import org.integra.directory.PersonSummary;
import org.integra.outreach.CandidateOutreach;
import org.integra.system.Actor;
import org.integra.system.NotFoundException;
import org.integra.system.SearchText;
import org.integra.system.ValidationFailedException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's side of public registrations: the list of an event's registrations, whether
 * the event takes them, and linking each to a city of Integra (a new city enters as a
 * candidate, identified through the event) and to a person of the directory (an existing
 * one the directory's duplicate check proposes, or a new one).
 */
@Service
@Transactional
public class RegistrationRecords {

	/** Registrations per page. */
	public static final int PAGE_SIZE = 25;

	private final RegistrationRepository registrations;

	private final RegistrationSettingRepository settings;

	private final Events events;

	private final CityCatalog cities;

	private final CityLookup cityLookup;

	private final CandidateOutreach outreach;

	private final DirectoryCatalog directory;

	private final DirectoryPeople people;

	private final Clock clock;

	RegistrationRecords(RegistrationRepository registrations, RegistrationSettingRepository settings, Events events,
			CityCatalog cities, CityLookup cityLookup, CandidateOutreach outreach, DirectoryCatalog directory,
			DirectoryPeople people, Clock clock) {
		this.registrations = registrations;
		this.settings = settings;
		this.events = events;
		this.cities = cities;
		this.cityLookup = cityLookup;
		this.outreach = outreach;
		this.directory = directory;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * One page (from 0) of the event's registrations whose name, organisation, city or
	 * address holds the words of the text, accents and case ignored; newest first.
	 */
	@Transactional(readOnly = true)
	public Page<Registration> search(long eventId, String text, int page, Actor actor) {
		mayRead(actor);
		this.events.get(eventId);
		return this.registrations.search(eventId, pattern(text), PageRequest.of(Math.max(0, page), PAGE_SIZE));
	}

	/** The LIKE pattern of a search: the words of the text folded, in order. */
	static String pattern(String text) {
		String folded = SearchText.normalize(text);
		return folded.isEmpty() ? "%" : "%" + folded.replace(' ', '%') + "%";
	}

	/**
	 * @throws NotFoundException when the event has no such registration
	 */
	@Transactional(readOnly = true)
	public Registration get(long eventId, long id, Actor actor) {
		mayRead(actor);
		return find(eventId, id);
	}

	/** How many registrants of the event confirmed their address. */
	@Transactional(readOnly = true)
	public long countConfirmed(long eventId) {
		return this.registrations.countByEventIdAndConfirmedAtIsNotNull(eventId);
	}

	/** Turns the event's public registration on or off. */
	public void setOpen(long eventId, boolean open, Actor actor) {
		mayManage(actor);
		this.events.get(eventId);
		RegistrationSetting setting = this.settings.findById(eventId).orElseGet(() -> new RegistrationSetting(eventId));
		setting.change(open, actor.username(), this.clock.instant());
		this.settings.saveAndFlush(setting);
	}

	/** The cities of Integra that the registrant's city may be, by the text. */
	@Transactional(readOnly = true)
	public List<CitySummary> cityChoices(String text, String countryCode) {
		return this.cityLookup.search(text, countryCode);
	}

	/** The people of the directory the registrant probably is. */
	@Transactional(readOnly = true)
	public List<PersonSummary> likelyPeople(Registration registration) {
		return this.people.likelySame(registration.getName(), registration.getEmail());
	}

	/**
	 * Links the registration to a city of Integra.
	 * @throws ValidationFailedException when there is no such city
	 */
	public void linkCity(long eventId, long id, long cityId, Actor actor) {
		mayManage(actor);
		Registration registration = find(eventId, id);
		if (this.cities.find(cityId).isEmpty()) {
			throw new ValidationFailedException("cityId", "events.registration.city.unknown");
		}
		registration.linkCity(cityId, actor.username(), this.clock.instant());
		this.registrations.saveAndFlush(registration);
	}

	/**
	 * Records the registrant's city as a new city of Integra, a candidate that enters the
	 * pipeline as identified with the event as its channel, and links the registration to
	 * it.
	 * @throws ValidationFailedException when the name or the country is refused
	 */
	public CitySummary createCity(long eventId, long id, String name, String countryCode, Actor actor) {
		mayManage(actor);
		Registration registration = find(eventId, id);
		Event event = this.events.get(eventId);
		CitySummary city = this.cityLookup.createCandidate(name, countryCode);
		Instant now = this.clock.instant();
		String summary = String.format(Locale.ROOT, "%s (%s)", event.title(Locale.forLanguageTag("es")),
				registration.getName());
		this.outreach.identifyAtEvent(city.id(), summary, LocalDate.ofInstant(now, event.zone()), actor.username());
		registration.linkCity(city.id(), actor.username(), now);
		this.registrations.saveAndFlush(registration);
		return city;
	}

	/**
	 * Links the registration to a person of the directory.
	 * @throws NotFoundException when there is no such person
	 */
	public void linkPerson(long eventId, long id, long personId, Actor actor) {
		mayManage(actor);
		Registration registration = find(eventId, id);
		this.directory.person(personId);
		registration.linkPerson(personId, actor.username(), this.clock.instant());
		this.registrations.saveAndFlush(registration);
	}

	/** Adds the registrant to the directory as a new person and links them. */
	public PersonSummary createPerson(long eventId, long id, Actor actor) {
		mayManage(actor);
		Registration registration = find(eventId, id);
		Event event = this.events.get(eventId);
		String notes = String.join(" · ",
				java.util.stream.Stream
					.of(registration.getOrganizationName(), registration.getCityName(),
							event.title(Locale.forLanguageTag("es")))
					.filter(java.util.Objects::nonNull)
					.toList());
		PersonSummary person = this.people.create(new NewPerson(registration.getName(), registration.getPosition(),
				registration.getEmail(), registration.getLanguage(), notes));
		registration.linkPerson(person.id(), actor.username(), this.clock.instant());
		this.registrations.saveAndFlush(registration);
		return person;
	}

	private Registration find(long eventId, long id) {
		return this.registrations.findByIdAndEventId(id, eventId)
			.orElseThrow(() -> new NotFoundException("events.registration.notFound"));
	}

	private static void mayRead(Actor actor) {
		if (!EventPolicy.of(actor).mayReadRegistrations()) {
			throw new AccessDeniedException("may not see registrations");
		}
	}

	private static void mayManage(Actor actor) {
		if (!EventPolicy.of(actor).mayManage()) {
			throw new AccessDeniedException("may not manage registrations");
		}
	}

}
