package org.integra.system;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers which demo data sets were loaded, so that each loads on the first start only
 * and never again, even after a user deleted what it created.
 */
@Component
public class DemoSeeds {

	private final JdbcClient jdbc;

	DemoSeeds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Runs the loader unless a data set of that name was loaded before, in one
	 * transaction with the record that it was.
	 */
	@Transactional
	public boolean loadOnce(String name, Runnable loader) {
		boolean loaded = this.jdbc.sql("select count(*) from demo_seed where name = ?")
			.param(name)
			.query(Long.class)
			.single() > 0;
		if (loaded) {
			return false;
		}
		loader.run();
		this.jdbc.sql("insert into demo_seed (name, loaded_at) values (?, current_timestamp)").param(name).update();
		return true;
	}

}
