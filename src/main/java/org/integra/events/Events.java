package org.integra.events;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.directory.DirectoryCatalog;
import org.integra.directory.OrganizationKind;
import org.integra.directory.OrganizationSummary;
import org.integra.system.Actor;
import org.integra.system.NotFoundException;
import org.integra.system.ValidationFailedException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's events: created and edited by coordinators, moved through their statuses,
 * listed and shown to every signed-in role.
 */
@Service
@Transactional(readOnly = true)
public class Events {

	/** The kinds of organisation that may organise an event. */
	public static final Set<OrganizationKind> ORGANIZER_KINDS = EnumSet.of(OrganizationKind.NETWORK_BODY,
			OrganizationKind.ASSOCIATION, OrganizationKind.PARTNER_NETWORK);

	private final EventRepository events;

	private final CityCatalog cities;

	private final DirectoryCatalog directory;

	private final Clock clock;

	Events(EventRepository events, CityCatalog cities, DirectoryCatalog directory, Clock clock) {
		this.events = events;
		this.cities = cities;
		this.directory = directory;
		this.clock = clock;
	}

	/** The events matching the filter, in the page's order. */
	public Page<Event> search(EventFilter filter, Pageable pageable) {
		return this.events.findAll(filter.specification(), pageable);
	}

	/**
	 * The events that take place, at least partly, in the month, in their own time zone.
	 */
	public List<Event> inMonth(YearMonth month) {
		return this.events
			.findAll(
					(root, query, builder) -> builder.and(
							builder.lessThanOrEqualTo(root.get("startsOn"), month.atEndOfMonth()),
							builder.greaterThanOrEqualTo(root.get("endsOn"), month.atDay(1))),
					Sort.by("startsAt", "id"));
	}

	/**
	 * @throws NotFoundException when there is no such event
	 */
	public Event get(long id) {
		return this.events.findById(id).orElseThrow(() -> new NotFoundException("events.event.notFound", id));
	}

	/**
	 * The event, for a caller who runs events; others are refused before it is looked up,
	 * so that they learn nothing of which events exist.
	 * @throws AccessDeniedException when the caller does not run events
	 * @throws NotFoundException when there is no such event
	 */
	public Event managed(long id, Actor actor) {
		if (!EventPolicy.of(actor).mayManage()) {
			throw new AccessDeniedException("events");
		}
		return get(id);
	}

	/**
	 * @throws ValidationFailedException naming every refused field
	 * @throws AccessDeniedException when the caller does not run events
	 */
	@Transactional
	public Event create(EventForm form, Actor actor) {
		requireManager(actor);
		EventForm clean = check(form);
		return this.events.saveAndFlush(new Event(clean, countryOf(clean), actor.username(), this.clock.instant()));
	}

	/**
	 * @throws ObjectOptimisticLockingFailureException when it changed since the user read
	 * it
	 * @throws ValidationFailedException naming every refused field
	 * @throws EventStatusRefusedException when the event is over and no longer edited
	 */
	@Transactional
	public Event update(long id, EventForm form, Actor actor) {
		requireManager(actor);
		Event event = get(id);
		if (form.getVersion() == null || form.getVersion() != event.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Event.class, id);
		}
		if (!event.getStatus().editable()) {
			throw new EventStatusRefusedException(event.getStatus(), null);
		}
		EventForm clean = check(form);
		event.apply(clean, countryOf(clean), this.clock.instant());
		return this.events.saveAndFlush(event);
	}

	/**
	 * Moves the event to the status.
	 * @throws EventStatusRefusedException when the event may not move there from where it
	 * is
	 * @throws OptimisticLockingFailureException when it changed since the user read it
	 */
	@Transactional
	public Event changeStatus(long id, EventStatus target, long version, Actor actor) {
		requireManager(actor);
		Event event = get(id);
		if (version != event.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Event.class, id);
		}
		if (target == null || !event.getStatus().mayMoveTo(target)) {
			throw new EventStatusRefusedException(event.getStatus(), target);
		}
		event.moveTo(target, this.clock.instant());
		return this.events.saveAndFlush(event);
	}

	/** The cities an event may take place in: the network's members and candidates. */
	public List<CitySummary> venueCities() {
		return Stream.concat(this.cities.memberCities().stream(), this.cities.candidateCities().stream())
			.sorted(Comparator.comparing(CitySummary::name).thenComparing(CitySummary::id))
			.toList();
	}

	/** The organisations that may organise an event, by name. */
	public List<OrganizationSummary> organizers() {
		return this.directory.organizations()
			.stream()
			.filter((organization) -> ORGANIZER_KINDS.contains(organization.kind()))
			.toList();
	}

	/** The city the event takes place in, when it has one. */
	public Optional<CitySummary> city(Event event) {
		return Optional.ofNullable(event.getCityId()).flatMap(this.cities::find);
	}

	/** The cities of the events, by id, in one query. */
	public Map<Long, CitySummary> cities(List<Event> events) {
		return this.cities.findAll(events.stream().map(Event::getCityId).filter(Objects::nonNull).toList());
	}

	/** The organisation organising the event, when it has one. */
	public Optional<OrganizationSummary> organizer(Event event) {
		return Optional.ofNullable(event.getOrganizerId()).map(this.directory::organization);
	}

	/** The countries events take place in, as codes. */
	public List<String> countryCodes() {
		return this.events.countryCodes();
	}

	/** Whether an organisation organises an event. */
	public boolean organizes(long organizationId) {
		return this.events.existsByOrganizerId(organizationId);
	}

	private EventForm check(EventForm form) {
		EventForm clean = EventRules.cleaned(form);
		List<Map.Entry<String, String>> problems = new ArrayList<>(EventRules.problems(clean));
		if (clean.getCityId() != null && clean.getFormat() != null && clean.getFormat().hasVenue()
				&& this.cities.find(clean.getCityId()).isEmpty()) {
			problems.add(Map.entry("cityId", "events.event.cityId.unknown"));
		}
		if (clean.getOrganizerId() != null && this.organizers()
			.stream()
			.noneMatch((organization) -> organization.id() == clean.getOrganizerId())) {
			problems.add(Map.entry("organizerId", "events.event.organizerId.unknown"));
		}
		if (!problems.isEmpty()) {
			throw new ValidationFailedException(problems);
		}
		return clean;
	}

	/** The country the event takes place in: its city's, else its organiser's. */
	private String countryOf(EventForm form) {
		if (form.getFormat().hasVenue() && form.getCityId() != null) {
			return this.cities.find(form.getCityId()).map(CitySummary::countryCode).orElse(null);
		}
		if (form.getOrganizerId() != null) {
			return this.directory.organization(form.getOrganizerId()).countryCode();
		}
		return null;
	}

	private static void requireManager(Actor actor) {
		if (!EventPolicy.of(actor).mayManage()) {
			throw new AccessDeniedException("events");
		}
	}

}
