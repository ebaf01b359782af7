package org.integra.directory;

import org.springframework.modulith.NamedInterface;

/**
 * What other modules need of a person: to name them, link to them and write to them;
 * read-only, without phone or notes.
 *
 * @param id their id
 * @param name their name
 * @param position their position, if recorded
 * @param email their e-mail address, if recorded
 * @param preferredLanguage the language they prefer, if recorded
 * @param organization the organization they belong to, if any
 */
@NamedInterface(name = "api", propagate = false)
public record PersonSummary(long id, String name, String position, String email, String preferredLanguage,
		OrganizationSummary organization) {

	static PersonSummary of(Person person) {
		return new PersonSummary(person.getId(), person.getName(), person.getPosition(), person.getEmail(),
				person.getPreferredLanguage(), OrganizationSummary.of(person.getOrganization()));
	}

	/** The id of the organization they belong to, if any. */
	public Long organizationId() {
		return (this.organization == null) ? null : this.organization.id();
	}

}
