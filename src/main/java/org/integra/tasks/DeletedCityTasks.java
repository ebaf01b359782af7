package org.integra.tasks;

import org.integra.cities.CityDeleting;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Deletes the tasks of a city being deleted through their entities, so that the audit
 * records each of them (the database's cascade would delete them unseen).
 */
@Component
class DeletedCityTasks {

	private final TaskRepository tasks;

	DeletedCityTasks(TaskRepository tasks) {
		this.tasks = tasks;
	}

	@EventListener
	void on(CityDeleting event) {
		this.tasks.deleteAll(this.tasks.findByCityId(event.cityId()));
		this.tasks.flush();
	}

}
