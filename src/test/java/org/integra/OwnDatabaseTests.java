package org.integra;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The context of the tests has a database of its own, migrated by the app's migrations in
 * order, with the test-only tables beside them.
 */
@IntegraTest
class OwnDatabaseTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	@Test
	void theDatabaseIsThisContextsOwn() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			String url = connection.getMetaData().getURL();
			if (url.startsWith("jdbc:h2:")) {
				assertThat(url).matches("jdbc:h2:mem:integra_[0-9a-f]{12}(;.*)?");
			}
			else {
				assertThat(connection.getSchema()).matches("integra_[0-9a-f]{12}");
			}
		}
	}

	@Test
	void migrationsRunInOrderAndTheTestTablesComeFromACallback() {
		assertThat(this.environment.getProperty("spring.flyway.out-of-order", Boolean.class, false)).isFalse();
		assertThat(this.jdbc
			.sql("select count(*) from \"flyway_schema_history\" where cast(\"version\" as integer) >= 900")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from audited_sample").query(Long.class).single()).isNotNull();
	}

}
