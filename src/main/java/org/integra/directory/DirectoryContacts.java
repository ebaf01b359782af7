package org.integra.directory;

import java.util.List;

import org.integra.system.NotFoundException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's people and organizations for other modules to read, e.g. to address a
 * letter, as summaries rather than entities.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class DirectoryContacts {

	/** How many people {@link #people(int)} gives at most. */
	public static final int PAGE_SIZE = Directory.PAGE_SIZE;

	private final OrganizationRepository organizations;

	private final PersonRepository people;

	DirectoryContacts(OrganizationRepository organizations, PersonRepository people) {
		this.organizations = organizations;
		this.people = people;
	}

	/** Every organization, by name. */
	public List<OrganizationSummary> organizations() {
		return this.organizations.findAll(Sort.by("nameSearch", "id")).stream().map(OrganizationSummary::of).toList();
	}

	/** The people of an organization, by name. */
	public List<PersonSummary> peopleOf(long organizationId) {
		return this.people.findByOrganizationIdOrderByNameSearch(organizationId)
			.stream()
			.map(PersonSummary::of)
			.toList();
	}

	/** One page of all people, by name; pages count from 0. */
	public List<PersonSummary> people(int page) {
		return this.people.findAll(PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by("nameSearch", "id")))
			.map(PersonSummary::of)
			.getContent();
	}

	/**
	 * @throws NotFoundException when there is no such person
	 */
	public PersonSummary person(long id) {
		return this.people.findById(id)
			.map(PersonSummary::of)
			.orElseThrow(() -> new NotFoundException("directory.person.notFound", id));
	}

}
