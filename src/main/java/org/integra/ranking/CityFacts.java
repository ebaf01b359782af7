package org.integra.ranking;

import java.util.List;
import java.util.Optional;

import org.integra.cities.CityFiguresReader;
import org.integra.cities.Seaport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The facts about a city that derivations need (read through the cities module's
 * {@link CityFiguresReader}), and a city's priority sectors.
 */
@NamedInterface(name = "api", propagate = false)
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

	private final CityFiguresReader cities;

	CityFacts(JdbcClient jdbc, CityFiguresReader cities) {
		this.jdbc = jdbc;
		this.cities = cities;
	}

	public Optional<Facts> find(long cityId) {
		return this.cities.find(cityId)
			.map((city) -> new Facts(city.id(), city.name(), city.population(), city.seaport()));
	}

	/**
	 * Where a city's list of priority sectors comes from.
	 *
	 * @param source the source (an address or a document), if recorded
	 * @param partial whether only part of the city's plan was read
	 * @param note a note, if any
	 */
	public record SectorSource(String source, boolean partial, String note) {
	}

	/**
	 * The thematic units the city's priority sectors map to (active or not), by id: the
	 * units whose work the city would share.
	 */
	public List<Long> priorities(long cityId) {
		return this.jdbc.sql("""
				select distinct su.thematic_unit_id from city_sector cs
				join policy_sector_unit su on su.sector_id = cs.sector_id
				where cs.city_id = ? order by su.thematic_unit_id""").param(cityId).query(Long.class).list();
	}

	/** The city's priority sectors, by id. */
	public List<Long> sectors(long cityId) {
		return this.jdbc.sql("select sector_id from city_sector where city_id = ? order by sector_id")
			.param(cityId)
			.query(Long.class)
			.list();
	}

	public Optional<SectorSource> sectorSource(long cityId) {
		return this.jdbc.sql("select source, partial, note from city_sector_source where city_id = ?")
			.param(cityId)
			.query((rs, row) -> new SectorSource(rs.getString("source"), rs.getBoolean("partial"),
					rs.getString("note")))
			.optional();
	}

	void replaceSectors(long cityId, List<Long> sectorIds, SectorSource source) {
		RankingChanges.changed();
		this.jdbc.sql("delete from city_sector where city_id = ?").param(cityId).update();
		for (Long sectorId : sectorIds.stream().distinct().toList()) {
			this.jdbc.sql("insert into city_sector (city_id, sector_id) values (?, ?)")
				.param(cityId)
				.param(sectorId)
				.update();
		}
		this.jdbc.sql("delete from city_sector_source where city_id = ?").param(cityId).update();
		if (source != null && (source.source() != null || source.partial() || source.note() != null)) {
			this.jdbc.sql("insert into city_sector_source (city_id, source, partial, note) values (?, ?, ?, ?)")
				.param(cityId)
				.param(source.source())
				.param(source.partial())
				.param(source.note())
				.update();
		}
	}

}
