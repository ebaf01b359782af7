package org.integra.events;

import org.integra.cities.CityDeleting;
import org.integra.directory.OrganizationsMerged;
import org.integra.directory.PeopleMerged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules' events do to events, each synchronously in the publisher's
 * transaction so that a failure undoes the whole change: an event held in a city being
 * deleted keeps its venue's name and loses the link, and so do the invitations of the
 * city (audited); an organiser or an invitee merged into another is replaced by the one
 * kept.
 */
@Component
class EventListeners {

	private final EventRepository events;

	private final InvitationRepository invitations;

	EventListeners(EventRepository events, InvitationRepository invitations) {
		this.events = events;
		this.invitations = invitations;
	}

	@EventListener
	@Transactional
	void on(CityDeleting deleting) {
		this.events.findByCityId(deleting.cityId()).forEach(Event::forgetCity);
		this.events.flush();
		this.invitations.findByCityId(deleting.cityId())
			.forEach((invitation) -> invitation.relink(invitation.getPersonId(), null));
		this.invitations.flush();
	}

	@EventListener
	@Transactional
	void on(PeopleMerged merged) {
		this.invitations.findByPersonId(merged.mergedId())
			.forEach((invitation) -> invitation.relink(merged.keptId(), invitation.getCityId()));
		this.invitations.flush();
	}

	@EventListener
	@Transactional
	void on(OrganizationsMerged merged) {
		this.events.findByOrganizerId(merged.mergedId()).forEach((event) -> event.organizedBy(merged.keptId()));
		this.events.flush();
	}

}
