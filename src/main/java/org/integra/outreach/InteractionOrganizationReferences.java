package org.integra.outreach;

import org.integra.directory.OrganizationReferences;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * An organization that carried an interaction as its intermediary is not deleted.
 * {@link Interactions} needs the directory, which needs this: it is looked up when asked.
 */
@Component
class InteractionOrganizationReferences implements OrganizationReferences {

	private final ObjectProvider<Interactions> interactions;

	InteractionOrganizationReferences(ObjectProvider<Interactions> interactions) {
		this.interactions = interactions;
	}

	@Override
	public boolean isReferenced(long organizationId) {
		return this.interactions.getObject().isIntermediary(organizationId);
	}

	@Override
	public String reasonKey() {
		return "directory.organization.isIntermediary";
	}

}
