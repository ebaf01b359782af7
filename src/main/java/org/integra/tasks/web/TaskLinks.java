package org.integra.tasks.web;

import java.util.Collection;
import java.util.Map;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.directory.DirectoryCatalog;
import org.integra.system.NotFoundException;
import org.integra.tasks.Task;

import org.springframework.stereotype.Component;

/**
 * The names of what tasks link to, for the pages.
 */
@Component
class TaskLinks {

	private final CityCatalog cities;

	private final DirectoryCatalog directory;

	TaskLinks(CityCatalog cities, DirectoryCatalog directory) {
		this.cities = cities;
		this.directory = directory;
	}

	Map<Long, CitySummary> cities(Collection<Long> ids) {
		return this.cities.findAll(ids.stream().filter((id) -> id != null).toList());
	}

	/** The names of the cities these tasks link to, by city id. */
	Map<Long, String> cityNames(java.util.List<Task> tasks) {
		Map<Long, String> names = new java.util.HashMap<>();
		cities(tasks.stream().map(Task::getCityId).distinct().toList())
			.forEach((id, city) -> names.put(id, city.name()));
		return names;
	}

	/** The candidate cities, sorted by name, for filtering. */
	java.util.List<CitySummary> candidateCities() {
		return this.cities.candidateCities();
	}

	String cityName(Long id) {
		return (id == null) ? null : this.cities.find(id).map(CitySummary::name).orElse(null);
	}

	String organizationName(Long id) {
		try {
			return (id == null) ? null : this.directory.organization(id).name();
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	String personName(Long id) {
		try {
			return (id == null) ? null : this.directory.person(id).name();
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

}
