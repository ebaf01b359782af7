package org.integra.events;

import org.integra.directory.OrganizationsMerged;
import org.integra.directory.PeopleMerged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges in the directory reach the forums, synchronously in the merge's transaction (the
 * merged record is deleted in it): an association, body, representative or contact merged
 * into another is replaced by the one kept, audited.
 */
@Component
class ForumListeners {

	private final ForumParticipationRepository forums;

	ForumListeners(ForumParticipationRepository forums) {
		this.forums = forums;
	}

	@EventListener
	@Transactional
	void on(OrganizationsMerged merged) {
		this.forums.findByAssociationOrganizationIdOrBodyOrganizationId(merged.mergedId(), merged.mergedId())
			.forEach((forum) -> forum.organizationMerged(merged.mergedId(), merged.keptId()));
		this.forums.flush();
	}

	@EventListener
	@Transactional
	void on(PeopleMerged merged) {
		this.forums.findByRepresentative(merged.mergedId())
			.forEach((forum) -> forum.personMerged(merged.mergedId(), merged.keptId()));
		this.forums.findByContact(merged.mergedId())
			.forEach((forum) -> forum.personMerged(merged.mergedId(), merged.keptId()));
		this.forums.flush();
	}

}
