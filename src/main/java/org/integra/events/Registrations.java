package org.integra.events;

import java.time.Clock;
import java.time.Instant;

import org.integra.cities.CountryCatalog;
import org.integra.system.NotFoundException;
import org.integra.system.SecretTokens;
import org.integra.system.ValidationFailedException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registrant's side of a public registration: an event open to registrations (its
 * setting on, and announced), the submission stored before anything is sent, and the
 * confirmation of the address through the link of the first mail, after which the
 * confirmation with the calendar file goes out, once.
 */
@Service
@Transactional
public class Registrations {

	/** The prefix of a confirmation link's secret. */
	static final String TOKEN_PREFIX = "reg_";

	private final RegistrationRepository registrations;

	private final RegistrationSettingRepository settings;

	private final EventRepository events;

	private final CountryCatalog countries;

	private final RegistrationMail mail;

	private final Clock clock;

	Registrations(RegistrationRepository registrations, RegistrationSettingRepository settings, EventRepository events,
			CountryCatalog countries, RegistrationMail mail, Clock clock) {
		this.registrations = registrations;
		this.settings = settings;
		this.events = events;
		this.countries = countries;
		this.mail = mail;
		this.clock = clock;
	}

	/**
	 * The event, when it takes registrations now.
	 * @throws NotFoundException when there is no such event or it takes none (without
	 * saying which)
	 */
	@Transactional(readOnly = true)
	public Event openEvent(long eventId) {
		return this.events.findById(eventId).filter(this::takesRegistrations).orElseThrow(this::eventNotFound);
	}

	/** Whether the event's registration setting is on (whatever its status). */
	@Transactional(readOnly = true)
	public boolean isOpen(long eventId) {
		return this.settings.findById(eventId).map(RegistrationSetting::isOpen).orElse(false);
	}

	/**
	 * Stores the registration, then queues the mail with the link that confirms the
	 * address.
	 * @throws NotFoundException when the event takes no registrations
	 * @throws ValidationFailedException naming every refused field
	 */
	public Registration register(long eventId, RegistrationSubmission submission) {
		Event event = openEvent(eventId);
		var problems = RegistrationRules.problems(submission, this.countries::exists);
		if (!problems.isEmpty()) {
			throw new ValidationFailedException(problems);
		}
		String token = SecretTokens.create(TOKEN_PREFIX);
		Registration saved = this.registrations
			.saveAndFlush(new Registration(eventId, submission, SecretTokens.hash(token), this.clock.instant()));
		this.mail.sendAddressCheck(saved, event, token);
		return saved;
	}

	/**
	 * The registration a confirmation link belongs to.
	 * @throws NotFoundException for a wrong link, or one of an event already over
	 * (without saying which)
	 */
	@Transactional(readOnly = true)
	public Registration byToken(String token) {
		return find(token);
	}

	/**
	 * Confirms the address; the first time, queues the confirmation with the calendar
	 * file.
	 * @return whether this was the first confirmation
	 * @throws NotFoundException for a wrong or lapsed link
	 */
	public boolean confirm(String token) {
		Registration registration = find(token);
		Instant now = this.clock.instant();
		if (!registration.confirm(now)) {
			return false;
		}
		this.registrations.saveAndFlush(registration);
		this.mail.sendConfirmation(registration, this.events.findById(registration.getEventId()).orElseThrow());
		return true;
	}

	/** The event of a registration. */
	@Transactional(readOnly = true)
	public Event eventOf(Registration registration) {
		return this.events.findById(registration.getEventId()).orElseThrow(this::linkNotFound);
	}

	private Registration find(String token) {
		if (!SecretTokens.wellFormed(TOKEN_PREFIX, token)) {
			throw linkNotFound();
		}
		Registration registration = this.registrations.findByTokenHash(SecretTokens.hash(token))
			.orElseThrow(this::linkNotFound);
		Event event = this.events.findById(registration.getEventId()).orElseThrow(this::linkNotFound);
		if (this.clock.instant().isAfter(event.getEndsAt())) {
			throw linkNotFound();
		}
		return registration;
	}

	private boolean takesRegistrations(Event event) {
		return event.getStatus() == EventStatus.ANNOUNCED && isOpen(event.getId());
	}

	private NotFoundException eventNotFound() {
		return new NotFoundException("events.event.notFound");
	}

	private NotFoundException linkNotFound() {
		return new NotFoundException("events.registration.link.notFound");
	}

}
