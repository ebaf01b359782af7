package org.integra.tasks.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.integra.outreach.Pipeline;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Candidate cities made for one test and deleted after it, with their tasks.
 */
class TaskFixtures implements AutoCloseable {

	private static final AtomicLong SEQUENCE = new AtomicLong();

	private final JdbcClient jdbc;

	private final Pipeline pipeline;

	private final List<Long> created = new ArrayList<>();

	TaskFixtures(JdbcClient jdbc, Pipeline pipeline) {
		this.jdbc = jdbc;
		this.pipeline = pipeline;
	}

	static String unique(String text) {
		return text + " " + Long.toString(System.nanoTime(), 36) + SEQUENCE.incrementAndGet();
	}

	/** A new candidate city with a unique name. */
	long candidate(String name, String countryCode) {
		String unique = unique(name);
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into city (name, country_code, capital_status, seaport, network_relation, "
					+ "name_search, search_text, version, created_at, updated_at) values (?, ?, 'NONE', 'NO', "
					+ "'NONE', ?, ?, 0, current_timestamp, current_timestamp)")
			.params(unique, countryCode, unique.toLowerCase(), unique.toLowerCase())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		this.created.add(id);
		this.pipeline.identify(id, "test", "admin");
		return id;
	}

	long taskId(String title) {
		return this.jdbc.sql("select max(id) from task where title = ?").param(title).query(Long.class).single();
	}

	@Override
	public void close() {
		// tasks, interactions and assignments go with their city
		this.created.forEach((id) -> this.jdbc.sql("delete from city where id = ?").param(id).update());
	}

}
