package org.integra.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.integra.system.NotFoundException;

import org.springframework.data.domain.Sort;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory for other modules: organizations and people as summaries, so that no
 * entity of the directory leaves it.
 */
@NamedInterface(name = "api", propagate = false)
@Service
@Transactional(readOnly = true)
public class DirectoryCatalog {

	private static final int BULK_READ = 1000;

	private final OrganizationRepository organizations;

	private final PersonRepository people;

	DirectoryCatalog(OrganizationRepository organizations, PersonRepository people) {
		this.organizations = organizations;
		this.people = people;
	}

	/** Every organization, sorted by name. */
	public List<OrganizationSummary> organizations() {
		return this.organizations.findAll(Sort.by("nameSearch", "id")).stream().map(OrganizationSummary::of).toList();
	}

	/**
	 * @throws NotFoundException when there is no such organization
	 */
	public OrganizationSummary organization(long id) {
		return this.organizations.findById(id)
			.map(OrganizationSummary::of)
			.orElseThrow(() -> new NotFoundException("directory.organization.notFound", id));
	}

	/**
	 * @throws NotFoundException when there is no such person
	 */
	public PersonSummary person(long id) {
		return this.people.findById(id)
			.map(PersonSummary::of)
			.orElseThrow(() -> new NotFoundException("directory.person.notFound", id));
	}

	/**
	 * The people with these ids, by id, read a thousand at a time.
	 * @throws NotFoundException when one of them does not exist
	 */
	public Map<Long, PersonSummary> people(Collection<Long> ids) {
		List<Long> wanted = ids.stream().distinct().toList();
		Map<Long, PersonSummary> found = new HashMap<>();
		for (int from = 0; from < wanted.size(); from += BULK_READ) {
			this.people.findWithOrganizationByIdIn(wanted.subList(from, Math.min(wanted.size(), from + BULK_READ)))
				.forEach((person) -> found.put(person.getId(), PersonSummary.of(person)));
		}
		wanted.stream().filter((id) -> !found.containsKey(id)).findFirst().ifPresent((missing) -> {
			throw new NotFoundException("directory.person.notFound", missing);
		});
		return found;
	}

	/** Every person, sorted by name. */
	public List<PersonSummary> people() {
		return this.people.findAll(Sort.by("nameSearch", "id")).stream().map(PersonSummary::of).toList();
	}

	/** The people of an organization, sorted by name. */
	public List<PersonSummary> peopleOf(long organizationId) {
		return this.people.findByOrganizationIdOrderByNameSearch(organizationId)
			.stream()
			.map(PersonSummary::of)
			.toList();
	}

	/**
	 * The people of the organizations of these cities (a city's government, its
	 * agencies), sorted by name; one query however many cities.
	 */
	public List<PersonSummary> peopleOfCities(Collection<Long> cityIds) {
		if (cityIds.isEmpty()) {
			return List.of();
		}
		return this.people.findByOrganizationCityIdIn(cityIds).stream().map(PersonSummary::of).toList();
	}

}
