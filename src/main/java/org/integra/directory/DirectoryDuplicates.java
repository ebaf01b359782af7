package org.integra.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.integra.directory.DuplicateMatcher.OrganizationFacts;
import org.integra.directory.DuplicateMatcher.PersonFacts;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the existing records that a new or changed organization or person probably
 * duplicates (see {@link DuplicateMatcher}).
 */
@Service
public class DirectoryDuplicates {

	private final OrganizationRepository organizations;

	private final PersonRepository people;

	DirectoryDuplicates(OrganizationRepository organizations, PersonRepository people) {
		this.organizations = organizations;
		this.people = people;
	}

	/** Organizations matching the facts, except the one with id {@code exceptId}. */
	@Transactional(readOnly = true)
	public List<Organization> organizationsMatching(OrganizationFacts facts, Long exceptId) {
		String key = DuplicateMatcher.nameKey(facts.name());
		if (key.isEmpty()) {
			return List.of();
		}
		return this.organizations.findAll((root, q, cb) -> cb.equal(root.get("nameSearch"), key), Sort.by("id"))
			.stream()
			.filter((o) -> !o.getId().equals(exceptId))
			.filter((o) -> DuplicateMatcher.matches(facts, DuplicateMatcher.of(o)))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<Organization> organizationsMatching(OrganizationForm form, Long exceptId) {
		return organizationsMatching(new OrganizationFacts(form.getName(), form.getCountryCode()), exceptId);
	}

	/** The organizations that probably duplicate an existing one. */
	@Transactional(readOnly = true)
	public List<Organization> organizationsMatching(long organizationId) {
		return this.organizations.findById(organizationId)
			.map((o) -> organizationsMatching(DuplicateMatcher.of(o), o.getId()))
			.orElse(List.of());
	}

	/** People matching the facts, except the one with id {@code exceptId}. */
	@Transactional(readOnly = true)
	public List<Person> peopleMatching(PersonFacts facts, Long exceptId) {
		String key = DuplicateMatcher.nameKey(facts.name());
		String email = DuplicateMatcher.emailKey(facts.email());
		Map<Long, Person> found = new LinkedHashMap<>();
		if (!key.isEmpty()) {
			this.people.findAll((root, q, cb) -> cb.equal(root.get("nameSearch"), key), Sort.by("id"))
				.forEach((p) -> found.put(p.getId(), p));
		}
		if (email != null) {
			this.people.findAll((root, q, cb) -> cb.equal(cb.lower(cb.trim(root.get("email"))), email), Sort.by("id"))
				.forEach((p) -> found.put(p.getId(), p));
		}
		return found.values()
			.stream()
			.filter((p) -> !p.getId().equals(exceptId))
			.filter((p) -> DuplicateMatcher.matches(facts, DuplicateMatcher.of(p)))
			.sorted((a, b) -> Long.compare(a.getId(), b.getId()))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<Person> peopleMatching(PersonForm form, Long exceptId) {
		return peopleMatching(facts(form), exceptId);
	}

	/** The people that probably duplicate an existing one. */
	@Transactional(readOnly = true)
	public List<Person> peopleMatching(long personId) {
		return this.people.findById(personId)
			.map((p) -> peopleMatching(DuplicateMatcher.of(p), p.getId()))
			.orElse(List.of());
	}

	PersonFacts facts(PersonForm form) {
		Organization organization = (form.getOrganizationId() != null)
				? this.organizations.findById(form.getOrganizationId()).orElse(null) : null;
		return new PersonFacts(form.getName(), form.getEmail(), organization != null,
				(organization != null) ? organization.getCountryCode() : null);
	}

}
