package org.integra.tasks;

import org.integra.directory.OrganizationReferences;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * An organization a task links to is not deleted. {@link Tasks} needs the directory,
 * which needs this: it is looked up when asked.
 */
@Component
class TaskOrganizationReferences implements OrganizationReferences {

	private final ObjectProvider<Tasks> tasks;

	TaskOrganizationReferences(ObjectProvider<Tasks> tasks) {
		this.tasks = tasks;
	}

	@Override
	public boolean isReferenced(long organizationId) {
		return this.tasks.getObject().linksOrganization(organizationId);
	}

	@Override
	public String reasonKey() {
		return "tasks.organization.linked";
	}

}
