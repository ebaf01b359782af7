package org.integra.events;

import org.integra.cities.CityDeleting;
import org.integra.directory.PeopleMerged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules' events do to registrations, synchronously in the publisher's
 * transaction: a registration linked to a city being deleted loses the link (it keeps the
 * city as typed), and one linked to a person merged into another is linked to the person
 * kept.
 */
@Component
class RegistrationListeners {

	private final RegistrationRepository registrations;

	RegistrationListeners(RegistrationRepository registrations) {
		this.registrations = registrations;
	}

	@EventListener
	@Transactional
	void on(CityDeleting deleting) {
		this.registrations.findByCityId(deleting.cityId())
			.forEach((registration) -> registration.linkCity(null, "system", null));
		this.registrations.flush();
	}

	@EventListener
	@Transactional
	void on(PeopleMerged merged) {
		this.registrations.findByPersonId(merged.mergedId())
			.forEach((registration) -> registration.linkPerson(merged.keptId(), "system", null));
		this.registrations.flush();
	}

}
