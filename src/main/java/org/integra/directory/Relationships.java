package org.integra.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.integra.directory.RelationshipRules.Link;
import org.integra.directory.RelationshipView.Direction;
import org.integra.system.NotFoundException;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Typed, dated relationships between organizations: listing them from either side, adding
 * and deleting them, and following organization merges.
 */
@Service
public class Relationships {

	private final RelationshipRepository relationships;

	private final OrganizationRepository organizations;

	private final Clock clock;

	Relationships(RelationshipRepository relationships, OrganizationRepository organizations, Clock clock) {
		this.relationships = relationships;
		this.organizations = organizations;
		this.clock = clock;
	}

	/** An organization's relationships both ways, current ones first, then by start. */
	@Transactional(readOnly = true)
	public List<RelationshipView> of(long organizationId) {
		List<Relationship> found = this.relationships.involving(organizationId);
		Map<Long, String> names = new HashMap<>();
		LocalDate today = LocalDate.now(this.clock);
		return found.stream().map((r) -> {
			boolean outgoing = r.getFromOrganizationId() == organizationId;
			long other = outgoing ? r.getToOrganizationId() : r.getFromOrganizationId();
			String name = names.computeIfAbsent(other,
					(id) -> this.organizations.findById(id).map(Organization::getName).orElse(String.valueOf(id)));
			return new RelationshipView(r.getId(), r.getKind(), outgoing ? Direction.OUTGOING : Direction.INCOMING,
					other, name, r.getStartsOn(), r.getEndsOn(), RelationshipRules.hasEnded(r.getEndsOn(), today),
					r.getNote());
		})
			.sorted((a, b) -> (a.ended() != b.ended()) ? Boolean.compare(a.ended(), b.ended())
					: a.otherName().compareToIgnoreCase(b.otherName()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Relationship get(long id) {
		return this.relationships.findById(id)
			.orElseThrow(() -> new NotFoundException("directory.relationship.notFound", id));
	}

	/** The name of an organization of a relationship. */
	@Transactional(readOnly = true)
	public String nameOf(long organizationId) {
		return this.organizations.findById(organizationId).map(Organization::getName).orElse("");
	}

	/**
	 * Checks what bean validation cannot: known organizations, not the same one, end not
	 * before start, not a repeat of an existing relationship for an overlapping period.
	 */
	@Transactional(readOnly = true)
	public void check(RelationshipForm form, Errors errors) {
		checkOrganization("fromOrganizationId", form.getFromOrganizationId(), errors);
		checkOrganization("toOrganizationId", form.getToOrganizationId(), errors);
		if (form.getFromOrganizationId() != null && form.getToOrganizationId() != null
				&& RelationshipRules.isSelf(form.getFromOrganizationId(), form.getToOrganizationId())
				&& !errors.hasFieldErrors("toOrganizationId")) {
			errors.rejectValue("toOrganizationId", "directory.relationship.self");
		}
		if (RelationshipRules.endsBeforeStart(form.getStartsOn(), form.getEndsOn())
				&& !errors.hasFieldErrors("endsOn")) {
			errors.rejectValue("endsOn", "directory.relationship.endsBeforeStart");
		}
		if (!errors.hasErrors() && RelationshipRules.isDuplicate(link(form), existing(form.getFromOrganizationId()))) {
			errors.reject("directory.relationship.duplicate");
		}
	}

	/** Adds a relationship that passed {@link #check}. */
	@Transactional
	public Relationship add(RelationshipForm form, String user) {
		return this.relationships.saveAndFlush(
				new Relationship(link(form), RelationshipRules.cleanNote(form.getNote()), user, this.clock.instant()));
	}

	@Transactional
	public void delete(long id) {
		this.relationships.delete(get(id));
	}

	/**
	 * Points the merged organization's relationships at the one kept, dropping those that
	 * would relate it to itself or repeat one it already has.
	 */
	@EventListener
	@Transactional
	public void on(OrganizationsMerged event) {
		List<Relationship> kept = new java.util.ArrayList<>(this.relationships.involving(event.keptId()));
		for (Relationship relationship : this.relationships.involving(event.mergedId())) {
			Link moved = relationship.link().repointed(event.mergedId(), event.keptId());
			boolean duplicate = RelationshipRules.isDuplicate(moved,
					kept.stream().filter((r) -> r != relationship).map(Relationship::link).toList());
			if (RelationshipRules.isSelf(moved.fromId(), moved.toId()) || duplicate) {
				this.relationships.delete(relationship);
			}
			else {
				relationship.repoint(event.mergedId(), event.keptId());
				kept.add(relationship);
			}
		}
		this.relationships.flush();
	}

	boolean involves(long organizationId) {
		return this.relationships.existsInvolving(organizationId);
	}

	private List<Link> existing(long organizationId) {
		return this.relationships.involving(organizationId).stream().map(Relationship::link).toList();
	}

	private void checkOrganization(String field, Long id, Errors errors) {
		if (id != null && !errors.hasFieldErrors(field) && !this.organizations.existsById(id)) {
			errors.rejectValue(field, "directory.organization.unknown");
		}
	}

	private static Link link(RelationshipForm form) {
		return new Link(form.getFromOrganizationId(), form.getKind(), form.getToOrganizationId(), form.getStartsOn(),
				form.getEndsOn());
	}

}
