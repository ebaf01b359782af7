package org.integra.events;

import org.integra.cities.CityDeleting;
import org.integra.directory.OrganizationsMerged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules' events do to events, each synchronously in the publisher's
 * transaction so that a failure undoes the whole change: an event held in a city being
 * deleted keeps its venue's name and loses the link (audited); an organiser merged into
 * another is replaced by the one kept.
 */
@Component
class EventListeners {

	private final EventRepository events;

	EventListeners(EventRepository events) {
		this.events = events;
	}

	@EventListener
	@Transactional
	void on(CityDeleting deleting) {
		this.events.findByCityId(deleting.cityId()).forEach(Event::forgetCity);
		this.events.flush();
	}

	@EventListener
	@Transactional
	void on(OrganizationsMerged merged) {
		this.events.findByOrganizerId(merged.mergedId()).forEach((event) -> event.organizedBy(merged.keptId()));
		this.events.flush();
	}

}
