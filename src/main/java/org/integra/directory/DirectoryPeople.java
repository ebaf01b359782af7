package org.integra.directory;

import java.util.List;

import org.integra.directory.DuplicateMatcher.PersonFacts;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People met outside the directory (e.g. registered to an event) for other modules: the
 * people of the directory they probably are, by the directory's duplicate check, and a
 * new person when they are none of them.
 */
@NamedInterface(name = "api", propagate = false)
@Service
public class DirectoryPeople {

	private final DirectoryDuplicates duplicates;

	private final Directory directory;

	DirectoryPeople(DirectoryDuplicates duplicates, Directory directory) {
		this.duplicates = duplicates;
		this.directory = directory;
	}

	/**
	 * The people of the directory that a person of this name and address probably is
	 * (same address, or same name without an organization), oldest first.
	 */
	@Transactional(readOnly = true)
	public List<PersonSummary> likelySame(String name, String email) {
		return this.duplicates.peopleMatching(new PersonFacts(name, email, false, null), null)
			.stream()
			.map(PersonSummary::of)
			.toList();
	}

	/**
	 * Adds a person without an organization to the directory.
	 * @param person what is known of them; the caller keeps each field within the
	 * directory's limits (name and position 200, e-mail 254, notes 4000 characters)
	 */
	@Transactional
	public PersonSummary create(NewPerson person) {
		PersonForm form = new PersonForm();
		form.setName(person.name());
		form.setPosition(person.position());
		form.setEmail(person.email());
		form.setPreferredLanguage(person.language());
		form.setNotes(person.notes());
		return PersonSummary.of(this.directory.create(form));
	}

	/**
	 * A person to add.
	 *
	 * @param name their name
	 * @param position their position, if known
	 * @param email their address, if known
	 * @param language the language they prefer (es, pt, en), if known
	 * @param notes where they came from, if anything
	 */
	@NamedInterface(name = "api", propagate = false)
	public record NewPerson(String name, String position, String email, String language, String notes) {
	}

}
