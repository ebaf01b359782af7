package org.integra.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.integra.directory.DirectoryCsv.Row;
import org.integra.directory.DirectoryCsv.Type;
import org.integra.directory.DuplicateMatcher.OrganizationFacts;
import org.integra.directory.DuplicateMatcher.PersonFacts;

import org.springframework.data.domain.Sort;

/**
 * The records a file's rows may refer to or duplicate, loaded in a few queries.
 */
final class KnownRecords {

	private static final int CHUNK = 500;

	final java.util.Set<String> countries;

	final Map<String, List<Organization>> organizationsByName = new java.util.HashMap<>();

	final java.util.Set<Long> organizationIds = new java.util.HashSet<>();

	final Map<String, List<Person>> peopleByName = new java.util.HashMap<>();

	final Map<String, List<Person>> peopleByEmail = new java.util.HashMap<>();

	KnownRecords(java.util.Set<String> countries, Type type, List<Row> rows, OrganizationRepository organizations,
			PersonRepository people) {
		this.countries = countries;
		String nameColumn = (type == Type.ORGANIZATIONS) ? "name" : "organization";
		java.util.Set<String> organizationKeys = keys(rows, type, nameColumn, DuplicateMatcher::nameKey);
		for (List<String> chunk : chunks(organizationKeys)) {
			for (Organization organization : organizations.findAll((root, q, cb) -> root.get("nameSearch").in(chunk),
					Sort.by("id"))) {
				this.organizationsByName
					.computeIfAbsent(DuplicateMatcher.nameKey(organization.getName()), (k) -> new ArrayList<>())
					.add(organization);
				this.organizationIds.add(organization.getId());
			}
		}
		if (type == Type.PEOPLE) {
			for (List<String> chunk : chunks(keys(rows, type, "name", DuplicateMatcher::nameKey))) {
				for (Person person : people.findAll((root, q, cb) -> root.get("nameSearch").in(chunk), Sort.by("id"))) {
					this.peopleByName
						.computeIfAbsent(DuplicateMatcher.nameKey(person.getName()), (k) -> new ArrayList<>())
						.add(person);
				}
			}
			for (List<String> chunk : chunks(keys(rows, type, "email", DuplicateMatcher::emailKey))) {
				for (Person person : people.findAll((root, q, cb) -> cb.lower(cb.trim(root.get("email"))).in(chunk),
						Sort.by("id"))) {
					this.peopleByEmail
						.computeIfAbsent(DuplicateMatcher.emailKey(person.getEmail()), (k) -> new ArrayList<>())
						.add(person);
				}
			}
		}
	}

	List<Organization> organizationsNamed(String name) {
		return this.organizationsByName.getOrDefault(DuplicateMatcher.nameKey(name), List.of());
	}

	List<Organization> organizationsMatching(OrganizationFacts facts) {
		return organizationsNamed(facts.name()).stream()
			.filter((o) -> DuplicateMatcher.matches(facts, DuplicateMatcher.of(o)))
			.toList();
	}

	List<Person> peopleMatching(PersonFacts facts) {
		Map<Long, Person> found = new java.util.TreeMap<>();
		this.peopleByName.getOrDefault(DuplicateMatcher.nameKey(facts.name()), List.of())
			.forEach((p) -> found.put(p.getId(), p));
		String email = DuplicateMatcher.emailKey(facts.email());
		if (email != null) {
			this.peopleByEmail.getOrDefault(email, List.of()).forEach((p) -> found.put(p.getId(), p));
		}
		return found.values().stream().filter((p) -> DuplicateMatcher.matches(facts, DuplicateMatcher.of(p))).toList();
	}

	private static java.util.Set<String> keys(List<Row> rows, Type type, String column,
			java.util.function.Function<String, String> key) {
		java.util.Set<String> keys = new java.util.LinkedHashSet<>();
		for (Row row : rows) {
			String value = row.value(type, column);
			String k = (value != null) ? key.apply(value) : null;
			if (k != null && !k.isEmpty()) {
				keys.add(k);
			}
		}
		return keys;
	}

	private static List<List<String>> chunks(java.util.Set<String> keys) {
		List<String> all = new ArrayList<>(keys);
		List<List<String>> chunks = new ArrayList<>();
		for (int i = 0; i < all.size(); i += CHUNK) {
			chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
		}
		return chunks;
	}

}
