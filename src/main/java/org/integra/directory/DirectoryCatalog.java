package org.integra.directory;

import java.util.List;

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

	/** The people of an organization, sorted by name. */
	public List<PersonSummary> peopleOf(long organizationId) {
		return this.people.findByOrganizationIdOrderByNameSearch(organizationId)
			.stream()
			.map(PersonSummary::of)
			.toList();
	}

	/** Every person, sorted by name, for a list to pick from. */
	public List<PersonSummary> people() {
		return this.people.findAll(Sort.by("nameSearch", "id")).stream().map(PersonSummary::of).toList();
	}

}
