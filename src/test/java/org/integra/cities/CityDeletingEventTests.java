package org.integra.cities;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
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

	@Test
	void deletingACityAnnouncesIt(Scenario scenario) {
		String name = "Ciudad " + UUID.randomUUID().toString().substring(0, 8);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into city (name, country_code, capital_status, seaport, network_relation, name_search, "
					+ "search_text, version, created_at, updated_at) values (?, 'BO', 'NONE', 'NO', 'NONE', ?, ?, 0, "
					+ "current_timestamp, current_timestamp)")
			.params(name, name.toLowerCase(), name.toLowerCase())
			.update(key, "id");
		long city = key.getKeyAs(Number.class).longValue();
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
