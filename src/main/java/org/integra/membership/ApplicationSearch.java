package org.integra.membership;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.system.Actor;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of applications the pages and the API show: filtered by status and by the
 * city's country, the last changed first. The network has at most a few hundred
 * applications, so the country (which is the city's) is filtered in memory after one
 * query of the cities.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationSearch {

	/** The last changed first. */
	static final Sort LAST_CHANGED = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));

	private final ApplicationRepository applications;

	private final CityCatalog cities;

	ApplicationSearch(ApplicationRepository applications, CityCatalog cities) {
		this.applications = applications;
		this.cities = cities;
	}

	/**
	 * One page of the applications.
	 * @param status only those at this status, or all
	 * @param countryCode only those of cities of this country, or all
	 * @param page the page, from 0; beyond the last one it is empty
	 * @param size how many a page holds
	 */
	public Page<Application> search(ApplicationStatus status, String countryCode, int page, int size, Actor actor) {
		require(actor);
		List<Application> all = (status != null) ? this.applications.findByStatus(status, LAST_CHANGED)
				: this.applications.findAll(LAST_CHANGED);
		if (countryCode != null) {
			Map<Long, CitySummary> byId = this.cities.findAll(all.stream().map(Application::getCityId).toList());
			all = all.stream().filter((application) -> {
				CitySummary city = byId.get(application.getCityId());
				return city != null && countryCode.equals(city.countryCode());
			}).toList();
		}
		int from = (int) Math.min((long) page * size, all.size());
		int to = (int) Math.min((long) from + size, all.size());
		return new PageImpl<>(all.subList(from, to), PageRequest.of(page, size, LAST_CHANGED), all.size());
	}

	/** The countries of the cities that have applications, by code. */
	public Set<String> countryCodes(Actor actor) {
		require(actor);
		Set<String> codes = new TreeSet<>(Comparator.naturalOrder());
		this.cities.findAll(this.applications.findAll().stream().map(Application::getCityId).distinct().toList())
			.values()
			.forEach((city) -> codes.add(city.countryCode()));
		return codes;
	}

	/** The cities with an application under way. */
	public Set<Long> citiesWithOpenApplication(Actor actor) {
		require(actor);
		return Set.copyOf(this.applications.findOpenCityIds());
	}

	private static void require(Actor actor) {
		if (!MembershipPolicy.of(actor).mayRead()) {
			throw new AccessDeniedException("membership");
		}
	}

}
