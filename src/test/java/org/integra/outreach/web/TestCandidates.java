package org.integra.outreach.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.integra.outreach.Pipeline;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Candidate cities made for one test and deleted after it, with their interactions and
 * mentor assignments.
 */
class TestCandidates implements AutoCloseable {

	private final JdbcClient jdbc;

	private final Pipeline pipeline;

	private final List<Long> created = new ArrayList<>();

	TestCandidates(JdbcClient jdbc, Pipeline pipeline) {
		this.jdbc = jdbc;
		this.pipeline = pipeline;
	}

	/** A new city in the pipeline as identified, with a unique name. */
	long candidate(String name, String countryCode, Double latitude, Double longitude) {
		String unique = name + " " + System.nanoTime();
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql(
				"insert into city (name, country_code, capital_status, seaport, network_relation, latitude, longitude, "
						+ "name_search, search_text, version, created_at, updated_at) values (?, ?, 'NONE', 'NO', "
						+ "'NONE', ?, ?, ?, ?, 0, current_timestamp, current_timestamp)")
			.param(unique)
			.param(countryCode)
			.param((latitude == null) ? null : BigDecimal.valueOf(latitude))
			.param((longitude == null) ? null : BigDecimal.valueOf(longitude))
			.param(unique.toLowerCase())
			.param(unique.toLowerCase())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		this.created.add(id);
		this.pipeline.identify(id, "test", "admin");
		return id;
	}

	String name(long id) {
		return this.jdbc.sql("select name from city where id = ?").param(id).query(String.class).single();
	}

	long cityId(String name, String countryCode) {
		return this.jdbc.sql("select id from city where name = ? and country_code = ?")
			.param(name)
			.param(countryCode)
			.query(Long.class)
			.single();
	}

	@Override
	public void close() {
		this.created.forEach((id) -> {
			this.jdbc.sql("delete from mentor_assignment where candidate_city_id = ?").param(id).update();
			this.jdbc.sql("delete from city where id = ?").param(id).update();
		});
	}

}
