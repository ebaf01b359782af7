package org.integra.cities.geonames;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the new and changed cities of an import with JDBC batches, bypassing the entity
 * listener, and audits each changed city field by field.
 */
class GeonamesCityWriter {

	private static final String INSERT_CITY = "insert into city (name, alternative_names, country_code, admin1, "
			+ "population, population_year, population_source, latitude, longitude, capital_status, seaport, "
			+ "geonames_id, network_relation, member_since, name_search, search_text, version, created_at, updated_at) "
			+ "values (?, ?, ?, ?, ?, null, ?, ?, ?, ?, 'UNKNOWN', ?, 'NONE', null, ?, ?, 0, ?, ?)";

	private static final String UPDATE_CITY = "update city set alternative_names = ?, search_text = ?, admin1 = ?, "
			+ "population = ?, population_source = ?, population_year = case when ? then null else population_year end, "
			+ "latitude = ?, longitude = ?, geonames_id = ?, version = version + 1, updated_at = ? where id = ?";

	private final JdbcTemplate jdbc;

	private final GeonamesAudit audit;

	GeonamesCityWriter(JdbcTemplate jdbc, GeonamesAudit audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Writes the matches in batches, audits the updates, and empties both lists. */
	void write(List<RowMatch> inserts, List<RowMatch> updates, Timestamp now, String username) {
		if (!inserts.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_CITY, inserts, inserts.size(), (ps, match) -> {
				CityValues v = match.values();
				ps.setString(1, v.name());
				ps.setString(2, v.alternativeNames());
				ps.setString(3, match.row().countryCode());
				ps.setString(4, v.admin1());
				setLong(ps, 5, v.population());
				ps.setString(6, v.populationSource());
				ps.setBigDecimal(7, v.latitude());
				ps.setBigDecimal(8, v.longitude());
				ps.setString(9, match.row().isNationalCapital() ? "NATIONAL" : "NONE");
				ps.setLong(10, v.geonamesId());
				ps.setString(11, v.nameSearch());
				ps.setString(12, v.searchText());
				ps.setTimestamp(13, now);
				ps.setTimestamp(14, now);
			});
			inserts.clear();
		}
		if (!updates.isEmpty()) {
			this.jdbc.batchUpdate(UPDATE_CITY, updates, updates.size(), (ps, match) -> {
				CityValues v = match.values();
				ps.setString(1, v.alternativeNames());
				ps.setString(2, v.searchText());
				ps.setString(3, v.admin1());
				setLong(ps, 4, v.population());
				ps.setString(5, v.populationSource());
				ps.setBoolean(6, match.changedFields().contains("population"));
				ps.setBigDecimal(7, v.latitude());
				ps.setBigDecimal(8, v.longitude());
				ps.setLong(9, v.geonamesId());
				ps.setTimestamp(10, now);
				ps.setLong(11, match.existing().id());
			});
			for (RowMatch match : updates) {
				this.audit.cityUpdated(match, username);
			}
			updates.clear();
		}
	}

	private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.BIGINT);
		}
		else {
			ps.setLong(index, value);
		}
	}

}
