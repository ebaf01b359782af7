package org.integra.events;

import org.integra.directory.OrganizationReferences;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** An organisation organising an event is not deleted. */
@Component
class EventOrganizationReferences implements OrganizationReferences {

	private final ObjectProvider<Events> events;

	EventOrganizationReferences(ObjectProvider<Events> events) {
		this.events = events;
	}

	@Override
	public boolean isReferenced(long organizationId) {
		return this.events.getObject().organizes(organizationId);
	}

	@Override
	public String reasonKey() {
		return "events.organization.organizes";
	}

}
