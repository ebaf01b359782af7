package org.integra.ranking;

import java.util.List;
import java.util.Optional;

import org.integra.cities.CityDeleting;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Deletes what the ranking holds about a city being deleted (its shortlist entries, its
 * criterion values, its priority sectors) so that the audit records each of them: the
 * entities through their repositories, the sectors as a change of the city's history (the
 * database's cascades would delete them unseen).
 */
@Component
class DeletedCityRanking {

	private final ShortlistEntryRepository shortlist;

	private final CriterionValueRepository values;

	private final RankingData data;

	private final JdbcClient jdbc;

	DeletedCityRanking(ShortlistEntryRepository shortlist, CriterionValueRepository values, RankingData data,
			JdbcClient jdbc) {
		this.shortlist = shortlist;
		this.values = values;
		this.data = data;
		this.jdbc = jdbc;
	}

	@EventListener
	void on(CityDeleting event) {
		this.shortlist.deleteAll(this.shortlist.findByCityIdOrderByShortlistedAtDesc(event.cityId()));
		this.values.deleteAll(this.values.findByCityId(event.cityId()));
		this.data.replaceSectors(event.cityId(), List.of(), null, actingUser());
		// the seed's staging table, emptied once the seed has run
		this.jdbc.sql("delete from city_priority where city_id = ?").param(event.cityId()).update();
		this.values.flush();
	}

	private static String actingUser() {
		return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
			.map(Authentication::getName)
			.orElse("system");
	}

}
