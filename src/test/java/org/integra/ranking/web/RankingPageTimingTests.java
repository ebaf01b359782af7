package org.integra.ranking.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.integra.IntegraTest;
import org.integra.cities.TestCities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rough single-client timings of the ranking page, its fragments, map data and API with
 * 50,000 synthetic candidate cities on H2 (server-side only, MockMvc). Not a test: run
 * with {@code ./mvnw test -Dgroups=benchmark -Dtest=RankingPageTimingTests}; the load
 * test with concurrent clients is separate.
 */
@Tag("benchmark")
@IntegraTest
@WithMockUser(roles = "VIEWER")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RankingPageTimingTests {

	static final int CITIES = 50_000;

	static final String[] COUNTRIES = { "AR", "BR", "CO", "PE", "EC", "BO", "PY", "UY", "CL", "MX" };

	static final String[] SEAPORTS = { "YES", "NO", "NO", "NEARBY", "UNKNOWN" };

	@Autowired
	TestCities testCities;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	void fill() {
		SplittableRandom random = new SplittableRandom(2017);
		List<TestCities.NewCity> rows = new ArrayList<>(CITIES);
		for (int i = 0; i < CITIES; i++) {
			rows.add(this.testCities.city("Synthetic " + i, COUNTRIES[i % COUNTRIES.length])
				.population((long) Math.exp(random.nextDouble(Math.log(5_000), Math.log(10_000_000))))
				.at(random.nextDouble(-50, 20), random.nextDouble(-100, -35))
				.seaport(SEAPORTS[random.nextInt(SEAPORTS.length)]));
		}
		this.testCities.createAll(rows);
	}

	@AfterAll
	void empty() {
		this.jdbc.update("delete from city where name like 'Synthetic %'");
	}

	private void time(String label, RequestBuilder request, int runs) throws Exception {
		long started = System.nanoTime();
		this.mvc.perform(request).andExpect(status().isOk());
		double first = (System.nanoTime() - started) / 1e6;
		double[] times = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			this.mvc.perform(request).andExpect(status().isOk());
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(times);
		System.out.printf("TIMING %-40s first %8.1f ms  median %7.1f ms  p95 %7.1f ms%n", label, first, times[runs / 2],
				times[(int) Math.ceil(runs * 0.95) - 1]);
	}

	@Test
	void timings() throws Exception {
		time("GET /ranking", get("/ranking"), 40);

		time("GET /ranking page 300, country BR", get("/ranking").param("page", "300").param("country", "BR"), 40);
		time("GET /ranking htmx, weights moved",
				get("/ranking").header("HX-Request", "true").param("w1", "30").param("w2", "70"), 40);
		time("GET /ranking/robustness htmx", get("/ranking/robustness").header("HX-Request", "true"), 20);
		time("GET /ranking/map/data", get("/ranking/map/data"), 20);
		time("GET /api/v1/ranking", get("/api/v1/ranking"), 40);
		time("GET /api/v1/ranking size 500", get("/api/v1/ranking").param("size", "500"), 20);
		time("GET /ranking/explain", get("/ranking/explain").param("city",
				Long.toString(this.jdbc.queryForObject("select max(id) from city", Long.class))), 20);
	}

}
