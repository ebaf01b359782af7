package org.integra.directory;

import org.springframework.stereotype.Component;

/**
 * An organization with relationships is not deleted: its relationships go first.
 */
@Component
class RelationshipReferences implements OrganizationReferences {

	private final Relationships relationships;

	RelationshipReferences(Relationships relationships) {
		this.relationships = relationships;
	}

	@Override
	public boolean isReferenced(long organizationId) {
		return this.relationships.involves(organizationId);
	}

	@Override
	public String reasonKey() {
		return "directory.organization.hasRelationships";
	}

}
