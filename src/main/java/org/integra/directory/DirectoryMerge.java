package org.integra.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.integra.audit.AuditAction;
import org.integra.audit.AuditFieldChange;
import org.integra.audit.AuditTrail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate organization or person into the record kept: the kept record keeps
 * its values and takes the merged one's where its own are empty; whatever pointed at the
 * merged record is moved to the kept one (people here, interactions and relationships by
 * the listeners of {@link OrganizationsMerged} and {@link PeopleMerged}); then the merged
 * record is deleted. The kept record's history names the merged one.
 */
@Service
public class DirectoryMerge {

	/** The field of the audit entry that names the merged record. */
	public static final String MERGED_FIELD = "mergedFrom";

	/**
	 * One field of two records side by side.
	 *
	 * @param field the field's name
	 * @param merged the merged record's value
	 * @param kept the kept record's value
	 * @param result the value after the merge
	 */
	public record FieldComparison(String field, String merged, String kept, String result) {

		public boolean differs() {
			return !Objects.equals(this.merged, this.kept);
		}

	}

	private final OrganizationRepository organizations;

	private final PersonRepository people;

	private final AuditTrail auditTrail;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DirectoryMerge(OrganizationRepository organizations, PersonRepository people, AuditTrail auditTrail,
			ApplicationEventPublisher events, Clock clock) {
		this.organizations = organizations;
		this.people = people;
		this.auditTrail = auditTrail;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Merges organization {@code mergedId} into {@code keptId}.
	 * @return the kept organization
	 * @throws MergeRefusedException if both are the same or either is missing; nothing is
	 * changed
	 */
	@Transactional
	public Organization mergeOrganizations(long mergedId, Long keptId, String user) {
		if (keptId == null) {
			throw new MergeRefusedException("directory.merge.refused.missing");
		}
		if (keptId == mergedId) {
			throw new MergeRefusedException("directory.merge.refused.self");
		}
		Organization merged = this.organizations.findById(mergedId)
			.orElseThrow(() -> new MergeRefusedException("directory.merge.refused.missing"));
		Organization kept = this.organizations.findById(keptId)
			.orElseThrow(() -> new MergeRefusedException("directory.merge.refused.missing"));
		Instant now = this.clock.instant();
		kept.place(first(kept.getCountryCode(), merged.getCountryCode()),
				first(kept.getHostCountryCode(), merged.getHostCountryCode()),
				first(kept.getHostCityName(), merged.getHostCityName()),
				(kept.getCityId() != null) ? kept.getCityId() : merged.getCityId());
		kept.describe(first(kept.getWebsite(), merged.getWebsite()), first(kept.getNotes(), merged.getNotes()));
		kept.touch(now);
		for (Person person : this.people.findByOrganizationIdOrderByNameSearch(mergedId)) {
			person.employ(kept, person.getPosition());
			person.touch(now);
		}
		this.people.flush();
		this.events.publishEvent(new OrganizationsMerged(mergedId, keptId, user));
		this.auditTrail.record(AuditAction.UPDATE, "Organization", String.valueOf(keptId), kept.getName(), user, now,
				List.of(new AuditFieldChange(MERGED_FIELD, null, label(mergedId, merged.getName()))));
		this.organizations.flush();
		this.organizations.delete(merged);
		this.organizations.flush();
		return kept;
	}

	/**
	 * Merges person {@code mergedId} into {@code keptId}.
	 * @return the kept person
	 * @throws MergeRefusedException if both are the same or either is missing; nothing is
	 * changed
	 */
	@Transactional
	public Person mergePeople(long mergedId, Long keptId, String user) {
		if (keptId == null) {
			throw new MergeRefusedException("directory.merge.refused.missing");
		}
		if (keptId == mergedId) {
			throw new MergeRefusedException("directory.merge.refused.self");
		}
		Person merged = this.people.findById(mergedId)
			.orElseThrow(() -> new MergeRefusedException("directory.merge.refused.missing"));
		Person kept = this.people.findById(keptId)
			.orElseThrow(() -> new MergeRefusedException("directory.merge.refused.missing"));
		Instant now = this.clock.instant();
		kept.employ((kept.getOrganization() != null) ? kept.getOrganization() : merged.getOrganization(),
				first(kept.getPosition(), merged.getPosition()));
		kept.reach(first(kept.getEmail(), merged.getEmail()), first(kept.getPhone(), merged.getPhone()),
				first(kept.getPreferredLanguage(), merged.getPreferredLanguage()),
				first(kept.getNotes(), merged.getNotes()));
		kept.touch(now);
		this.people.flush();
		this.events.publishEvent(new PeopleMerged(mergedId, keptId, user));
		this.auditTrail.record(AuditAction.UPDATE, "Person", String.valueOf(keptId), kept.getName(), user, now,
				List.of(new AuditFieldChange(MERGED_FIELD, null, label(mergedId, merged.getName()))));
		this.people.flush();
		this.people.delete(merged);
		this.people.flush();
		return kept;
	}

	/** The organizations' fields side by side, and what the merge would keep. */
	public static List<FieldComparison> compare(Organization merged, Organization kept) {
		List<FieldComparison> rows = new ArrayList<>();
		rows.add(row("name", merged.getName(), kept.getName(), true));
		rows.add(row("kind", merged.getKind().name(), kept.getKind().name(), true));
		rows.add(row("countryCode", merged.getCountryCode(), kept.getCountryCode(), false));
		rows.add(row("hostCountryCode", merged.getHostCountryCode(), kept.getHostCountryCode(), false));
		rows.add(row("hostCityName", merged.getHostCityName(), kept.getHostCityName(), false));
		rows.add(row("cityId", text(merged.getCityId()), text(kept.getCityId()), false));
		rows.add(row("website", merged.getWebsite(), kept.getWebsite(), false));
		rows.add(row("notes", merged.getNotes(), kept.getNotes(), false));
		return rows;
	}

	/** The people's fields side by side, and what the merge would keep. */
	public static List<FieldComparison> compare(Person merged, Person kept) {
		List<FieldComparison> rows = new ArrayList<>();
		rows.add(row("name", merged.getName(), kept.getName(), true));
		rows.add(row("position", merged.getPosition(), kept.getPosition(), false));
		rows.add(row("organization", organizationName(merged), organizationName(kept), false));
		rows.add(row("email", merged.getEmail(), kept.getEmail(), false));
		rows.add(row("phone", merged.getPhone(), kept.getPhone(), false));
		rows.add(row("preferredLanguage", merged.getPreferredLanguage(), kept.getPreferredLanguage(), false));
		rows.add(row("notes", merged.getNotes(), kept.getNotes(), false));
		return rows;
	}

	private static FieldComparison row(String field, String merged, String kept, boolean keptAlways) {
		return new FieldComparison(field, merged, kept, keptAlways ? kept : first(kept, merged));
	}

	private static String organizationName(Person person) {
		return (person.getOrganization() != null) ? person.getOrganization().getName() : null;
	}

	private static String text(Long value) {
		return (value != null) ? value.toString() : null;
	}

	static String first(String kept, String merged) {
		return (kept != null && !kept.isBlank()) ? kept : merged;
	}

	private static String label(long id, String name) {
		return "#" + id + " " + name;
	}

}
