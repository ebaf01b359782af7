package org.integra.cities;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Cities of the tests, written straight to the table (as an import would, without the
 * checks and the audit of the city form), with the search columns the app's own rules
 * compute. A bean of every {@link org.integra.IntegraTest} context.
 */
public class TestCities {

	private static final AtomicLong SEQUENCE = new AtomicLong();

	private static final String INSERT = "insert into city (name, country_code, admin1, population, latitude, "
			+ "longitude, geonames_id, capital_status, seaport, network_relation, name_search, search_text, "
			+ "version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 'NONE', ?, ?, ?, ?, 0, ?, ?)";

	private final JdbcTemplate jdbc;

	private final ObjectProvider<CityDeletion> deletion;

	/** For a module test without the cities module: {@link #delete} is not available. */
	public TestCities(JdbcTemplate jdbc) {
		this(jdbc, null);
	}

	@Autowired
	public TestCities(JdbcTemplate jdbc, ObjectProvider<CityDeletion> deletion) {
		this.jdbc = jdbc;
		this.deletion = deletion;
	}

	/**
	 * Deletes the cities as the app does, each module deleting what it holds about them
	 * (the keys to a city do not cascade); a city already gone is skipped.
	 */
	public void delete(Collection<Long> ids) {
		for (long id : ids) {
			Integer found = this.jdbc.queryForObject("select count(*) from city where id = ?", Integer.class, id);
			if (found != null && found > 0) {
				this.deletion.getObject().delete(id);
			}
		}
	}

	/** As {@link #delete(Collection)}. */
	public void delete(Long... ids) {
		delete(List.of(ids));
	}

	/** The name with a suffix no other test uses. */
	public static String unique(String name) {
		return name + " " + Long.toString(System.nanoTime(), 36) + SEQUENCE.incrementAndGet();
	}

	/** A city nothing else is known of; its id. */
	public long create(String name, String countryCode) {
		return city(name, countryCode).create();
	}

	/** A city to describe further before {@link NewCity#create()}. */
	public NewCity city(String name, String countryCode) {
		return new NewCity(this, name, countryCode);
	}

	/** Many cities in one batch, for the tests of scale. */
	public void createAll(List<NewCity> cities) {
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.batchUpdate(INSERT, cities.stream().map((city) -> city.row(now)).toList());
	}

	private long insert(NewCity city) {
		Object[] row = city.row(Timestamp.from(Instant.now()));
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement statement = connection.prepareStatement(INSERT, new String[] { "id" });
			new ArgumentPreparedStatementSetter(row).setValues(statement);
			return statement;
		}, keys);
		return keys.getKey().longValue();
	}

	/** A city not yet written. */
	public static final class NewCity {

		private final TestCities cities;

		private final String name;

		private final String countryCode;

		private String admin1;

		private Long population;

		private BigDecimal latitude;

		private BigDecimal longitude;

		private Long geonamesId;

		private String seaport = "NO";

		private String relation = "NONE";

		private String alternativeNames;

		private NewCity(TestCities cities, String name, String countryCode) {
			this.cities = cities;
			this.name = name;
			this.countryCode = countryCode;
		}

		public NewCity admin1(String admin1) {
			this.admin1 = admin1;
			return this;
		}

		public NewCity population(Long population) {
			this.population = population;
			return this;
		}

		public NewCity at(Double latitude, Double longitude) {
			this.latitude = (latitude != null) ? BigDecimal.valueOf(latitude) : null;
			this.longitude = (longitude != null) ? BigDecimal.valueOf(longitude) : null;
			return this;
		}

		public NewCity geonamesId(Long geonamesId) {
			this.geonamesId = geonamesId;
			return this;
		}

		/** {@code YES}, {@code NO} or {@code UNKNOWN}. */
		public NewCity seaport(String seaport) {
			this.seaport = seaport;
			return this;
		}

		/** A {@link NetworkRelation} constant. */
		public NewCity relation(String relation) {
			this.relation = relation;
			return this;
		}

		/** Searchable only: the names themselves are not stored here. */
		public NewCity searchableAs(String alternativeNames) {
			this.alternativeNames = alternativeNames;
			return this;
		}

		/** Writes the city; its id. */
		public long create() {
			return this.cities.insert(this);
		}

		private Object[] row(Timestamp now) {
			return new Object[] { this.name, this.countryCode, this.admin1, this.population, this.latitude,
					this.longitude, this.geonamesId, this.seaport, this.relation, CityRules.nameSearch(this.name),
					CityRules.searchText(this.name, this.alternativeNames), now, now };
		}

	}

}
