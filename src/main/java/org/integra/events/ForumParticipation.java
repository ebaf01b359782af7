package org.integra.events;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.integra.audit.Audited;

/**
 * What the network did at a forum of a municipal association (an event of kind
 * {@link EventKind#FORUM_PARTICIPATION}): the association holding it, who represented the
 * Presidency or the Secretariat (a network body and people of the directory), the outcome
 * and the contacts made. One per event, keyed by the event's id.
 */
@Entity
@Table(name = "event_forum")
@Audited(value = "EventForum", label = "eventId")
public class ForumParticipation {

	@Id
	@Column(name = "event_id")
	private Long eventId;

	@Column(name = "association_id", nullable = false)
	private Long associationOrganizationId;

	@Column(name = "body_id")
	private Long bodyOrganizationId;

	private String outcome;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "event_forum_representative", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "person_id")
	private Set<Long> representativePersonIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "event_forum_contact", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "person_id")
	private Set<Long> contactPersonIds = new LinkedHashSet<>();

	@Column(name = "updated_by", nullable = false)
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	// null until first saved, so that Spring Data persists a new one
	@Version
	private Long version;

	protected ForumParticipation() {
	}

	ForumParticipation(long eventId) {
		this.eventId = eventId;
	}

	/** Takes the checked values. */
	void record(ForumRules.Draft draft, String user, Instant now) {
		this.associationOrganizationId = draft.associationId();
		this.bodyOrganizationId = draft.bodyId();
		this.outcome = draft.outcome();
		replace(this.representativePersonIds, draft.representativeIds());
		replace(this.contactPersonIds, draft.contactIds());
		this.updatedBy = user;
		this.updatedAt = now;
	}

	/** An organisation was merged into another: the one kept takes its place. */
	void organizationMerged(long mergedId, long keptId) {
		if (this.associationOrganizationId != null && this.associationOrganizationId == mergedId) {
			this.associationOrganizationId = keptId;
		}
		if (this.bodyOrganizationId != null && this.bodyOrganizationId == mergedId) {
			this.bodyOrganizationId = keptId;
		}
	}

	/** A person was merged into another: the one kept takes their place. */
	void personMerged(long mergedId, long keptId) {
		if (this.representativePersonIds.remove(mergedId)) {
			this.representativePersonIds.add(keptId);
		}
		if (this.contactPersonIds.remove(mergedId)) {
			this.contactPersonIds.add(keptId);
		}
	}

	private static void replace(Set<Long> target, Collection<Long> values) {
		target.retainAll(values);
		target.addAll(values);
	}

	public long getEventId() {
		return this.eventId;
	}

	public Long getAssociationId() {
		return this.associationOrganizationId;
	}

	public Long getBodyId() {
		return this.bodyOrganizationId;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public Set<Long> getRepresentativeIds() {
		return Set.copyOf(this.representativePersonIds);
	}

	public Set<Long> getContactIds() {
		return Set.copyOf(this.contactPersonIds);
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/**
	 * 0 for a forum never recorded, then higher on every save (a change of its people
	 * too).
	 */
	public long getVersion() {
		return (this.version == null) ? 0 : this.version + 1;
	}

}
