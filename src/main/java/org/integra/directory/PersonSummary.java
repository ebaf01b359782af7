package org.integra.directory;

import org.springframework.modulith.NamedInterface;

/**
 * What other modules need of a person: to name them and link to them.
 *
 * @param id their id
 * @param name their name
 * @param position their position, if recorded
 * @param organizationId the organization they work in, if any
 */
@NamedInterface(name = "api", propagate = false)
public record PersonSummary(long id, String name, String position, Long organizationId) {

	static PersonSummary of(Person person) {
		return new PersonSummary(person.getId(), person.getName(), person.getPosition(),
				(person.getOrganization() == null) ? null : person.getOrganization().getId());
	}

}
