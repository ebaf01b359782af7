package org.integra.ranking;

import java.util.List;
import java.util.Optional;

import org.integra.cities.Seaport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The facts about a city that derivations need, and a city's priority sectors. Read
 * straight from the tables so that the cities module need not publish them.
 */
@Component
public class CityFacts {

	/**
	 * @param id the city's id
	 * @param name its name
	 * @param population its population, if known
	 * @param seaport its port
	 */
	public record Facts(long id, String name, Long population, Seaport seaport) {
	}

	private final JdbcClient jdbc;

	CityFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Facts> find(long cityId) {
		return this.jdbc.sql("select id, name, population, seaport from city where id = ?")
			.param(cityId)
			.query((rs, row) -> new Facts(rs.getLong("id"), rs.getString("name"),
					(Long) rs.getObject("population", Long.class), seaport(rs.getString("seaport"))))
			.optional();
	}

	public List<Long> priorities(long cityId) {
		return this.jdbc.sql("select thematic_unit_id from city_priority where city_id = ? order by thematic_unit_id")
			.param(cityId)
			.query(Long.class)
			.list();
	}

	void replacePriorities(long cityId, List<Long> unitIds) {
		RankingChanges.changed();
		this.jdbc.sql("delete from city_priority where city_id = ?").param(cityId).update();
		for (Long unitId : unitIds.stream().distinct().toList()) {
			this.jdbc.sql("insert into city_priority (city_id, thematic_unit_id) values (?, ?)")
				.param(cityId)
				.param(unitId)
				.update();
		}
	}

	private static Seaport seaport(String value) {
		try {
			return value == null ? Seaport.UNKNOWN : Seaport.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			return Seaport.UNKNOWN;
		}
	}

}
