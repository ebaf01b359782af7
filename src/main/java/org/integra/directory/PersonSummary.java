package org.integra.directory;

/**
 * A person of the directory as other modules see it: read-only, without phone or notes.
 *
 * @param id the person's id
 * @param name their name
 * @param position their position, if recorded
 * @param email their e-mail address, if recorded
 * @param preferredLanguage the language they prefer, if recorded
 * @param organization the organization they belong to, if any
 */
public record PersonSummary(long id, String name, String position, String email, String preferredLanguage,
		OrganizationSummary organization) {

	static PersonSummary of(Person person) {
		return new PersonSummary(person.getId(), person.getName(), person.getPosition(), person.getEmail(),
				person.getPreferredLanguage(), OrganizationSummary.of(person.getOrganization()));
	}

}
