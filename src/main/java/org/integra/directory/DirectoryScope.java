package org.integra.directory;

import org.integra.system.NotFoundException;
import org.integra.system.VisibleCities;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/**
 * The signed-in user's {@link DirectoryReach}, asked by every module that takes the id of
 * an organization or a person from a request, so that a record outside the user's scope
 * is as good as absent: not found.
 */
@NamedInterface(name = "api", propagate = false)
@Service
@Transactional(readOnly = true)
public class DirectoryScope {

	private final VisibleCities visibleCities;

	private final OrganizationRepository organizations;

	private final PersonRepository people;

	DirectoryScope(VisibleCities visibleCities, OrganizationRepository organizations, PersonRepository people) {
		this.visibleCities = visibleCities;
		this.organizations = organizations;
		this.people = people;
	}

	/** What the current user reaches. */
	public DirectoryReach current() {
		return DirectoryReach.of(this.visibleCities.restriction());
	}

	/**
	 * Refuses, as not found, any of the records that exists outside the current user's
	 * reach. An unknown id passes: the caller reports it in its own words.
	 * @throws NotFoundException naming the first record refused
	 */
	public void requireReachable(DirectoryReferences references) {
		if (references.organizationIds().isEmpty() && references.personIds().isEmpty()) {
			return;
		}
		DirectoryReach reach = current();
		if (reach.isEverything()) {
			return;
		}
		for (long id : references.organizationIds()) {
			this.organizations.findById(id).filter((organization) -> !reach.includes(organization)).ifPresent((o) -> {
				throw new NotFoundException("directory.organization.notFound", id);
			});
		}
		for (long id : references.personIds()) {
			this.people.findById(id).filter((person) -> !reach.includes(person)).ifPresent((p) -> {
				throw new NotFoundException("directory.person.notFound", id);
			});
		}
	}

}
