package org.integra.outreach.web;

import java.util.ArrayList;
import java.util.List;

import org.integra.cities.TestCities;
import org.integra.outreach.Pipeline;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Candidate cities made for one test and deleted after it, with their interactions and
 * mentor assignments.
 */
class TestCandidates implements AutoCloseable {

	private final JdbcClient jdbc;

	private final Pipeline pipeline;

	private final TestCities cities;

	private final List<Long> created = new ArrayList<>();

	TestCandidates(JdbcClient jdbc, Pipeline pipeline, TestCities cities) {
		this.jdbc = jdbc;
		this.pipeline = pipeline;
		this.cities = cities;
	}

	/** A new city in the pipeline as identified, with a unique name. */
	long candidate(String name, String countryCode, Double latitude, Double longitude) {
		String unique = name + " " + System.nanoTime();
		long id = this.cities.city(unique, countryCode).at(latitude, longitude).create();
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
			this.cities.delete(id);
		});
	}

}
