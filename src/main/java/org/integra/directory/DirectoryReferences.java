package org.integra.directory;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.modulith.NamedInterface;

/**
 * The directory records a request refers to, by id.
 *
 * @param organizationIds the organizations (e.g. an intermediary, what a task is about)
 * @param personIds the people (e.g. a contact, the people met)
 */
@NamedInterface(name = "api", propagate = false)
public record DirectoryReferences(Set<Long> organizationIds, Set<Long> personIds) {

	public static final DirectoryReferences NONE = new DirectoryReferences(Set.of(), Set.of());

	public DirectoryReferences {
		organizationIds = Set.copyOf(organizationIds);
		personIds = Set.copyOf(personIds);
	}

	/** An organization and people; {@code null} ids are left out. */
	public static DirectoryReferences of(Long organizationId, Collection<Long> personIds) {
		Set<Long> organizations = (organizationId == null) ? Set.of() : Set.of(organizationId);
		Set<Long> people = (personIds == null) ? Set.of()
				: personIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
		return new DirectoryReferences(organizations, people);
	}

	/** An organization and a person; {@code null} ids are left out. */
	public static DirectoryReferences of(Long organizationId, Long personId) {
		return of(organizationId, (personId == null) ? Set.of() : Set.of(personId));
	}

	/**
	 * These references less those kept from before (a record's own may stay as they are).
	 */
	public DirectoryReferences without(DirectoryReferences kept) {
		Set<Long> organizations = new HashSet<>(this.organizationIds);
		organizations.removeAll(kept.organizationIds());
		Set<Long> people = new HashSet<>(this.personIds);
		people.removeAll(kept.personIds());
		return new DirectoryReferences(organizations, people);
	}

}
