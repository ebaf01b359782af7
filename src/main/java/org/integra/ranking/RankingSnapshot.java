package org.integra.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.integra.cities.CityFiguresReader;
import org.integra.ranking.engine.Alternative;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every city with the values of every active criterion, typed or derived, loaded in a few
 * queries and kept in primitive arrays (missing = NaN) so that rankings of tens of
 * thousands of cities are prepared without a query per city.
 */
final class RankingSnapshot {

	final String fingerprint;

	final List<RankedCity> cities;

	/** The active criteria the values were loaded for, by id. */
	final List<Criterion> criteria;

	private final Map<Long, double[]> values;

	private RankingSnapshot(String fingerprint, List<RankedCity> cities, List<Criterion> criteria,
			Map<Long, double[]> values) {
		this.criteria = criteria;
		this.fingerprint = fingerprint;
		this.cities = cities;
		this.values = values;
	}

	/** Changes whenever the cities table changes (new, updated or deleted cities). */
	static String cityFingerprint(JdbcClient jdbc) {
		return CityFiguresReader.fingerprint(jdbc);
	}

	static RankingSnapshot load(JdbcClient jdbc, List<Criterion> criteria, FeeSchedule fees, String fingerprint) {
		List<RankedCity> cities = CityFiguresReader.all(jdbc)
			.stream()
			.map((city) -> new RankedCity(city.id(), city.name(), city.countryCode(), city.population(), city.seaport(),
					city.relation(), city.mercosurRelation(), city.latitude(), city.longitude()))
			.toList();
		Map<Long, Integer> position = new HashMap<>(cities.size() * 2);
		for (int i = 0; i < cities.size(); i++) {
			position.put(cities.get(i).id(), i);
		}
		Map<Long, double[]> typed = new HashMap<>();
		jdbc.sql("select city_id, criterion_id, numeric_value from criterion_value").query((rs) -> {
			Integer index = position.get(rs.getLong("city_id"));
			if (index != null) {
				typed.computeIfAbsent(rs.getLong("criterion_id"), (id) -> missing(cities.size()))[index] = rs
					.getDouble("numeric_value");
			}
		});
		Set<Long> activeUnits = jdbc.sql("select id from thematic_unit where active = true").query(Long.class).set();
		Map<Long, List<Long>> unitsPerSector = new HashMap<>();
		jdbc.sql("select sector_id, thematic_unit_id from policy_sector_unit").query((rs) -> {
			unitsPerSector.computeIfAbsent(rs.getLong("sector_id"), (id) -> new ArrayList<>())
				.add(rs.getLong("thematic_unit_id"));
		});
		Map<Integer, List<List<Long>>> sectorsOfCity = new HashMap<>();
		jdbc.sql("select city_id, sector_id from city_sector").query((rs) -> {
			Integer index = position.get(rs.getLong("city_id"));
			if (index != null) {
				sectorsOfCity.computeIfAbsent(index, (i) -> new ArrayList<>())
					.add(unitsPerSector.getOrDefault(rs.getLong("sector_id"), List.of()));
			}
		});
		Map<Integer, List<Boolean>> priorities = new HashMap<>();
		sectorsOfCity.forEach((index, units) -> priorities.put(index, Derivations.coverage(units, activeUnits)));
		Map<String, Long> idsByCode = criteria.stream()
			.collect(Collectors.toMap((criterion) -> criterion.getCode().toUpperCase(), Criterion::getId));
		Map<Long, double[]> values = new HashMap<>();
		for (Criterion criterion : criteria) {
			if (!criterion.isDerived()) {
				values.put(criterion.getId(), typed.getOrDefault(criterion.getId(), missing(cities.size())));
				continue;
			}
			double[] budgets = typed.get(idsByCode.get(Derivations.budgetCode(criterion).toUpperCase()));
			double[] derived = new double[cities.size()];
			for (int i = 0; i < cities.size(); i++) {
				RankedCity city = cities.get(i);
				BigDecimal budget = (budgets == null || Double.isNaN(budgets[i])) ? null
						: BigDecimal.valueOf(budgets[i]);
				Optional<BigDecimal> value = Derivations.derive(criterion, city.population(), city.seaport(),
						priorities.getOrDefault(i, List.of()), budget, fees);
				derived[i] = value.map(BigDecimal::doubleValue).orElse(Alternative.MISSING);
			}
			values.put(criterion.getId(), derived);
		}
		return new RankingSnapshot(fingerprint, List.copyOf(cities), List.copyOf(criteria), values);
	}

	/** The value of a criterion for the city at a position, NaN when missing. */
	double value(long criterionId, int cityIndex) {
		double[] column = this.values.get(criterionId);
		return (column == null) ? Alternative.MISSING : column[cityIndex];
	}

	private static double[] missing(int size) {
		double[] column = new double[size];
		java.util.Arrays.fill(column, Alternative.MISSING);
		return column;
	}

}
