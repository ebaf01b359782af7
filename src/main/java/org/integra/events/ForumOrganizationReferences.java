package org.integra.events;

import org.integra.directory.OrganizationReferences;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** An association holding a forum, or a body represented at one, is not deleted. */
@Component
class ForumOrganizationReferences implements OrganizationReferences {

	private final ObjectProvider<Forums> forums;

	ForumOrganizationReferences(ObjectProvider<Forums> forums) {
		this.forums = forums;
	}

	@Override
	public boolean isReferenced(long organizationId) {
		return this.forums.getObject().names(organizationId);
	}

	@Override
	public String reasonKey() {
		return "events.organization.inForum";
	}

}
