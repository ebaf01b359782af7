package org.integra.cities;

import org.integra.system.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes a city: announces {@link CityDeleting} first, in the same transaction, so that
 * the other modules delete what they hold about the city through their own entities
 * (audited) rather than leaving it to the database's cascades (unseen by the audit).
 */
@Service
public class CityDeletion {

	private final Cities cities;

	private final CityRepository repository;

	private final ApplicationEventPublisher events;

	CityDeletion(Cities cities, CityRepository repository, ApplicationEventPublisher events) {
		this.cities = cities;
		this.repository = repository;
		this.events = events;
	}

	/**
	 * @throws NotFoundException when there is no such city or the user may not see it
	 */
	@Transactional
	public void delete(long id) {
		City city = this.cities.get(id);
		this.events.publishEvent(new CityDeleting(city.getId(), city.getName()));
		this.repository.delete(city);
	}

}
