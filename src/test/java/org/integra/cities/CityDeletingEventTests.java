package org.integra.cities;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting a city announces it to the other modules before the city's row goes.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class CityDeletingEventTests {

	@Autowired
	CityDeletion deletion;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Test
	void deletingACityAnnouncesIt(Scenario scenario) {
		String name = "Ciudad " + UUID.randomUUID().toString().substring(0, 8);
		long city = new TestCities(this.jdbcTemplate).create(name, "BO");
		scenario.stimulate(() -> this.deletion.delete(city))
			.andWaitForEventOfType(CityDeleting.class)
			.matching((event) -> event.cityId() == city)
			.toArriveAndVerify((event) -> {
				assertThat(event.name()).isEqualTo(name);
				assertThat(
						this.jdbc.sql("select count(*) from city where id = ?").param(city).query(Long.class).single())
					.isZero();
			});
	}

}
