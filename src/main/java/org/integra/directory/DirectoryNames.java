package org.integra.directory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.integra.system.RecordLink;
import org.integra.system.RecordNameSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names organizations and people for other modules' pages (audit trail, outbox).
 */
@Component
class DirectoryNames implements RecordNameSource {

	static final String ORGANIZATION = "Organization";

	static final String PERSON = "Person";

	private final OrganizationRepository organizations;

	private final PersonRepository people;

	DirectoryNames(OrganizationRepository organizations, PersonRepository people) {
		this.organizations = organizations;
		this.people = people;
	}

	@Override
	public Set<String> types() {
		return Set.of(ORGANIZATION, PERSON);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, RecordLink> names(String type, Collection<Long> ids) {
		Map<Long, RecordLink> names = new LinkedHashMap<>();
		if (ORGANIZATION.equals(type)) {
			this.organizations.findAllById(ids)
				.forEach((organization) -> names.put(organization.getId(),
						new RecordLink(organization.getName(), "/directory/organizations/" + organization.getId())));
		}
		else if (PERSON.equals(type)) {
			this.people.findAllById(ids)
				.forEach((person) -> names.put(person.getId(),
						new RecordLink(person.getName(), "/directory/people/" + person.getId())));
		}
		return names;
	}

}
