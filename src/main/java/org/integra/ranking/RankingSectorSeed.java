package org.integra.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.integra.system.DemoCsv;
import org.integra.system.DemoSeeds;
import org.integra.system.LocalizedName;
import org.integra.system.SearchText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the municipal policy sectors of {@code demo/sectors.csv} on the first start, each
 * mapped to the thematic units its row names, and turns the former priorities of cities
 * (thematic units, in {@code city_priority}) into the sectors those units cover. Runs
 * with or without demo data: the sectors are the list the thematic-overlap criterion
 * needs.
 */
@Component
@Order(-10)
class RankingSectorSeed implements ApplicationRunner {

	static final String RESOURCE = "demo/sectors.csv";

	private static final Logger log = LoggerFactory.getLogger(RankingSectorSeed.class);

	private final DemoSeeds seeds;

	private final PolicySectorRepository sectors;

	private final ThematicUnitRepository units;

	private final JdbcClient jdbc;

	RankingSectorSeed(DemoSeeds seeds, PolicySectorRepository sectors, ThematicUnitRepository units, JdbcClient jdbc) {
		this.seeds = seeds;
		this.sectors = sectors;
		this.units = units;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.seeds.loadOnce("ranking-sectors", () -> {
			load();
			convertUnitPriorities();
		});
	}

	private void load() {
		List<ThematicUnit> all = this.units.findAll();
		for (Map<String, String> row : DemoCsv.rows(RESOURCE)) {
			if (this.sectors.existsByCodeIgnoreCase(row.get("code"))) {
				continue;
			}
			PolicySector sector = new PolicySector();
			sector.setCode(row.get("code"));
			sector.setNames(new LocalizedName(row.get("name_es"), row.get("name_pt"), row.get("name_en")));
			Set<Long> covering = new LinkedHashSet<>();
			for (String name : row.getOrDefault("thematic_units_es", "").split(";")) {
				if (!name.isBlank()) {
					Optional<ThematicUnit> unit = unitNamed(all, name);
					unit.ifPresentOrElse((found) -> covering.add(found.getId()),
							() -> log.warn("Sector {}: no thematic unit named {}", row.get("code"), name.trim()));
				}
			}
			sector.setUnitIds(covering);
			this.sectors.save(sector);
		}
	}

	/**
	 * The unit a name in the file means: "UT Educación" is the unit named "Educación"; a
	 * shortened name ("Género", "Deporte") is the unit whose name begins with it.
	 */
	static Optional<ThematicUnit> unitNamed(List<ThematicUnit> units, String name) {
		String wanted = SearchText.normalize(name.trim().replaceFirst("^UT\\s+", ""));
		Optional<ThematicUnit> exact = units.stream()
			.filter((unit) -> SearchText.normalize(unit.getNames().getEs()).equals(wanted))
			.findFirst();
		return exact.isPresent() ? exact
				: units.stream()
					.filter((unit) -> SearchText.normalize(unit.getNames().getEs()).startsWith(wanted))
					.findFirst();
	}

	/**
	 * A city that gave priority to a thematic unit gets the sectors that unit covers; the
	 * unit priorities are then cleared (the sectors replace them).
	 */
	private void convertUnitPriorities() {
		List<long[]> pairs = this.jdbc.sql("""
				select distinct cp.city_id, su.sector_id from city_priority cp
				join policy_sector_unit su on su.thematic_unit_id = cp.thematic_unit_id""")
			.query((rs, row) -> new long[] { rs.getLong("city_id"), rs.getLong("sector_id") })
			.list();
		List<long[]> inserted = new ArrayList<>();
		for (long[] pair : pairs) {
			boolean present = this.jdbc.sql("select count(*) from city_sector where city_id = ? and sector_id = ?")
				.param(pair[0])
				.param(pair[1])
				.query(Long.class)
				.single() > 0;
			if (!present) {
				this.jdbc.sql("insert into city_sector (city_id, sector_id) values (?, ?)")
					.param(pair[0])
					.param(pair[1])
					.update();
				inserted.add(pair);
			}
		}
		this.jdbc.sql("delete from city_priority").update();
		if (!inserted.isEmpty()) {
			log.info("Turned the thematic-unit priorities of cities into {} priority sectors: {}", inserted.size(),
					inserted.stream().map(Arrays::toString).toList());
			RankingChanges.changed();
		}
	}

}
