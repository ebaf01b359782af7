package org.integra.outreach;

import java.math.BigDecimal;
import java.time.Instant;

import org.integra.IntegraEventTest;
import org.integra.cities.TestCities;
import org.integra.ranking.CityShortlisted;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city shortlisted from the ranking enters the pipeline, in the ranking's transaction.
 */
@IntegraEventTest
class PipelineEventsTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestCities testCities;

	@Test
	void aShortlistedCityBecomesAShortlistedCandidate(Scenario scenario) {
		long city = city();
		scenario
			.publish(new CityShortlisted(city, 1, 1, 3, new BigDecimal("71.5"), "Puerto y población", "admin",
					Instant.parse("2026-12-01T10:00:00Z")))
			.andWaitForStateChange(() -> this.jdbc.sql("select stage from candidate where city_id = ?")
				.param(city)
				.query(String.class)
				.optional()
				.orElse(null))
			.andVerify((stage) -> assertThat(stage).isEqualTo(Stage.SHORTLISTED.name()));
	}

	private long city() {
		return this.testCities.create(TestCities.unique("Ciudad"), "BO");
	}

}
