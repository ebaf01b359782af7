package org.integra.cities;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Fast reads of the cities' figures in plain SQL, so that a module ranking tens of
 * thousands of cities need neither load entities nor query the cities' tables itself. The
 * static variants run on the caller's {@link JdbcClient} for callers that hold one and no
 * bean (a snapshot built inside a cache).
 */
@NamedInterface(name = "api", propagate = false)
@Component
public class CityFiguresReader {

	private static final String FIGURES = """
			select c.id, c.name, c.country_code, c.population, c.seaport, c.network_relation,
			       c.latitude, c.longitude, k.mercosur_relation
			from city c join country k on k.code = c.country_code""";

	private final JdbcClient jdbc;

	CityFiguresReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every city, by id. */
	public List<CityFigures> all() {
		return all(this.jdbc);
	}

	public Optional<CityFigures> find(long cityId) {
		return this.jdbc.sql(FIGURES + " where c.id = ?").param(cityId).query(CityFiguresReader::figures).optional();
	}

	/** The ids of the cities of that name in that country, lowest first. */
	public List<Long> idsNamed(String name, String countryCode) {
		return this.jdbc.sql("select id from city where name = ? and country_code = ? order by id")
			.param(name)
			.param(countryCode)
			.query(Long.class)
			.list();
	}

	/** Every city, by id, read through the given client. */
	public static List<CityFigures> all(JdbcClient jdbc) {
		return jdbc.sql(FIGURES + " order by c.id").query(CityFiguresReader::figures).list();
	}

	/** Changes whenever the cities change (new, updated or deleted cities). */
	public static String fingerprint(JdbcClient jdbc) {
		return jdbc.sql("select count(*) as n, max(updated_at) as changed from city")
			.query((rs, row) -> rs.getLong("n") + "/" + rs.getString("changed"))
			.single();
	}

	private static CityFigures figures(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new CityFigures(rs.getLong("id"), rs.getString("name"), rs.getString("country_code"),
				rs.getObject("population", Long.class), parse(Seaport.class, rs.getString("seaport"), Seaport.UNKNOWN),
				parse(NetworkRelation.class, rs.getString("network_relation"), NetworkRelation.NONE),
				parse(MercosurRelation.class, rs.getString("mercosur_relation"), MercosurRelation.OTHER),
				decimal(rs.getBigDecimal("latitude")), decimal(rs.getBigDecimal("longitude")));
	}

	// PostgreSQL's driver converts numeric columns to BigDecimal only, not to Double
	private static Double decimal(BigDecimal value) {
		return (value == null) ? null : value.doubleValue();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
		try {
			return (value == null) ? fallback : Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return fallback;
		}
	}

}
