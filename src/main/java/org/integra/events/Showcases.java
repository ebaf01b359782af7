package org.integra.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.directory.DirectoryCatalog;
import org.integra.directory.PersonSummary;
import org.integra.ranking.ThematicUnitCatalog;
import org.integra.ranking.ThematicUnitSummary;
import org.integra.system.Actor;
import org.integra.system.NotFoundException;
import org.integra.system.ValidationFailedException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thematic units presenting at an event (the plan's "space where the areas developed
 * by the thematic units can be seen"): what each offers a new member, its coordinating
 * city and a contact. Entered by those who may edit the event; shown on the event page,
 * in the agenda's PDF and, through {@link #forEvent}, on a public page.
 */
@Service
@Transactional(readOnly = true)
public class Showcases {

	private final ShowcaseEntryRepository entries;

	private final Events events;

	private final ThematicUnitCatalog units;

	private final CityCatalog cities;

	private final DirectoryCatalog directory;

	Showcases(ShowcaseEntryRepository entries, Events events, ThematicUnitCatalog units, CityCatalog cities,
			DirectoryCatalog directory) {
		this.entries = entries;
		this.events = events;
		this.units = units;
		this.cities = cities;
		this.directory = directory;
	}

	/** The units presenting at the event, in the order entered, in that language. */
	public List<ShowcaseItem> forEvent(long eventId, Locale locale) {
		List<ShowcaseEntry> found = this.entries.findByEventIdOrderByIdAsc(eventId);
		Map<Long, String> unitNames = this.units.names(locale);
		Map<Long, CitySummary> cityById = this.cities
			.findAll(found.stream().map(ShowcaseEntry::getCoordinatingCityId).filter(Objects::nonNull).toList());
		List<ShowcaseItem> items = new ArrayList<>();
		for (ShowcaseEntry entry : found) {
			CitySummary city = (entry.getCoordinatingCityId() != null) ? cityById.get(entry.getCoordinatingCityId())
					: null;
			PersonSummary contact = (entry.getContactPersonId() != null)
					? this.directory.person(entry.getContactPersonId()) : null;
			items.add(new ShowcaseItem(entry.getId(), unitNames.get(entry.getThematicUnitId()), entry.offer(locale),
					(city != null) ? city.name() : null, (contact != null) ? contact.name() : null,
					(contact != null && contact.organization() != null) ? contact.organization().name() : null));
		}
		return items;
	}

	/**
	 * @throws NotFoundException when the event has no such entry
	 */
	public ShowcaseEntry entry(long eventId, long entryId) {
		return this.entries.findByIdAndEventId(entryId, eventId)
			.orElseThrow(() -> new NotFoundException("events.showcase.notFound", entryId));
	}

	/**
	 * @throws ValidationFailedException naming every refused field
	 * @throws EventStatusRefusedException when the event is over and no longer edited
	 * @throws AccessDeniedException when the caller does not run events
	 */
	@Transactional
	public ShowcaseEntry create(long eventId, ShowcaseForm form, Actor actor) {
		editable(eventId, actor);
		return this.entries.saveAndFlush(new ShowcaseEntry(eventId, check(eventId, form, -1)));
	}

	/**
	 * @throws ObjectOptimisticLockingFailureException when it changed since the user read
	 * it
	 * @throws ValidationFailedException naming every refused field
	 */
	@Transactional
	public ShowcaseEntry update(long eventId, long entryId, ShowcaseForm form, Actor actor) {
		editable(eventId, actor);
		ShowcaseEntry entry = entry(eventId, entryId);
		if (form.getVersion() == null || form.getVersion() != entry.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(ShowcaseEntry.class, entryId);
		}
		entry.apply(check(eventId, form, entryId));
		return this.entries.saveAndFlush(entry);
	}

	/**
	 * @throws EventStatusRefusedException when the event is over and no longer edited
	 */
	@Transactional
	public void delete(long eventId, long entryId, Actor actor) {
		editable(eventId, actor);
		this.entries.delete(entry(eventId, entryId));
		this.entries.flush();
	}

	/** The units that may present, by name. */
	public List<ThematicUnitSummary> unitChoices(Locale locale) {
		return this.units.active(locale);
	}

	/** The cities that may coordinate a unit: the network's members. */
	public List<CitySummary> cityChoices() {
		return this.cities.memberCities();
	}

	/** The people of the directory a contact may be chosen from. */
	public List<PersonSummary> contactChoices() {
		return this.directory.people();
	}

	private void editable(long eventId, Actor actor) {
		EventPolicy policy = EventPolicy.of(actor);
		if (!policy.mayManage()) {
			throw new AccessDeniedException("events");
		}
		Event event = this.events.get(eventId);
		if (!policy.mayEdit(event)) {
			throw new EventStatusRefusedException(event.getStatus(), null);
		}
	}

	private ShowcaseForm check(long eventId, ShowcaseForm form, long entryId) {
		ShowcaseForm clean = ShowcaseRules.cleaned(form);
		List<Map.Entry<String, String>> problems = new ArrayList<>(ShowcaseRules.problems(clean));
		if (clean.getThematicUnitId() != null) {
			if (this.units.find(clean.getThematicUnitId(), Locale.ROOT).isEmpty()) {
				problems.add(Map.entry("thematicUnitId", "events.showcase.thematicUnitId.unknown"));
			}
			else if (this.entries.existsByEventIdAndThematicUnitIdAndIdNot(eventId, clean.getThematicUnitId(),
					entryId)) {
				problems.add(Map.entry("thematicUnitId", "events.showcase.thematicUnitId.taken"));
			}
		}
		if (clean.getCoordinatingCityId() != null && this.cities.find(clean.getCoordinatingCityId()).isEmpty()) {
			problems.add(Map.entry("coordinatingCityId", "events.showcase.coordinatingCityId.unknown"));
		}
		if (clean.getContactPersonId() != null) {
			try {
				this.directory.person(clean.getContactPersonId());
			}
			catch (NotFoundException ex) {
				problems.add(Map.entry("contactPersonId", "events.showcase.contactPersonId.unknown"));
			}
		}
		if (!problems.isEmpty()) {
			throw new ValidationFailedException(problems);
		}
		return clean;
	}

}
