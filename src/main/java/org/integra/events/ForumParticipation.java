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
	private Long associationId;

	@Column(name = "body_id")
	private Long bodyId;

	private String outcome;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "event_forum_representative", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "person_id")
	private Set<Long> representativeIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "event_forum_contact", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "person_id")
	private Set<Long> contactIds = new LinkedHashSet<>();

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
		this.associationId = draft.associationId();
		this.bodyId = draft.bodyId();
		this.outcome = draft.outcome();
		replace(this.representativeIds, draft.representativeIds());
		replace(this.contactIds, draft.contactIds());
		this.updatedBy = user;
		this.updatedAt = now;
	}

	/** An organisation was merged into another: the one kept takes its place. */
	void organizationMerged(long mergedId, long keptId) {
		if (this.associationId != null && this.associationId == mergedId) {
			this.associationId = keptId;
		}
		if (this.bodyId != null && this.bodyId == mergedId) {
			this.bodyId = keptId;
		}
	}

	/** A person was merged into another: the one kept takes their place. */
	void personMerged(long mergedId, long keptId) {
		if (this.representativeIds.remove(mergedId)) {
			this.representativeIds.add(keptId);
		}
		if (this.contactIds.remove(mergedId)) {
			this.contactIds.add(keptId);
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
		return this.associationId;
	}

	public Long getBodyId() {
		return this.bodyId;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public Set<Long> getRepresentativeIds() {
		return Set.copyOf(this.representativeIds);
	}

	public Set<Long> getContactIds() {
		return Set.copyOf(this.contactIds);
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/** 0 for a forum never recorded, then one more on every save. */
	public long getVersion() {
		return (this.version == null) ? 0 : this.version + 1;
	}

}
