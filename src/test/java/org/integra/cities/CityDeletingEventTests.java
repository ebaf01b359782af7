package org.integra.cities;

import org.integra.IntegraEventTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting a city announces it to the other modules before the city's row goes.
 */
@IntegraEventTest
class CityDeletingEventTests {

	@Autowired
	CityDeletion deletion;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestCities testCities;

	@Test
	void deletingACityAnnouncesIt(Scenario scenario) {
		String name = TestCities.unique("Ciudad");
		long city = this.testCities.create(name, "BO");
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
