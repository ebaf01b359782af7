package org.integra.tasks;

import java.time.LocalDate;
import java.util.Set;

import org.integra.IntegraEventTest;
import org.integra.cities.TestCities;
import org.integra.directory.OrganizationsMerged;
import org.integra.directory.PeopleMerged;
import org.integra.outreach.InteractionRecorded;
import org.integra.system.SearchText;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events the tasks module listens to, published as their modules publish them: the
 * task follows in the publisher's transaction.
 */
@IntegraEventTest
class TaskEventsTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestCities testCities;

	@Test
	void aRecordedNextStepBecomesATask(Scenario scenario) {
		long city = city();
		long interaction = interaction(city);
		String nextStep = TestCities.unique("Enviar la carta");
		scenario
			.publish(new InteractionRecorded(interaction, city, null, Set.of(), nextStep, "admin",
					LocalDate.of(2030, 1, 15), "admin"))
			.andWaitForStateChange(() -> this.jdbc.sql("select title from task where interaction_id = ?")
				.param(interaction)
				.query(String.class)
				.optional()
				.orElse(null))
			.andVerify((title) -> assertThat(title).isEqualTo(nextStep));
	}

	@Test
	void aTaskFollowsTheOrganizationKeptByAMerge(Scenario scenario) {
		long merged = organization();
		long kept = organization();
		long task = task("organization_id", merged);
		scenario.publish(new OrganizationsMerged(merged, kept, "admin"))
			.andWaitForStateChange(() -> column(task, "organization_id"), (id) -> id == kept)
			.andVerify((id) -> assertThat(id).isEqualTo(kept));
	}

	@Test
	void aTaskFollowsThePersonKeptByAMerge(Scenario scenario) {
		long merged = person();
		long kept = person();
		long task = task("person_id", merged);
		scenario.publish(new PeopleMerged(merged, kept, "admin"))
			.andWaitForStateChange(() -> column(task, "person_id"), (id) -> id == kept)
			.andVerify((id) -> assertThat(id).isEqualTo(kept));
	}

	private long column(long task, String column) {
		return this.jdbc.sql("select " + column + " from task where id = ?").param(task).query(Long.class).single();
	}

	private long task(String column, long id) {
		return insert(
				"insert into task (title, assignee, status, " + column + ", created_by, created_at, version) "
						+ "values (?, 'admin', 'OPEN', ?, 'admin', current_timestamp, 0)",
				TestCities.unique("Seguir"), id);
	}

	private long city() {
		return this.testCities.city(TestCities.unique("Ciudad"), "BO").relation("CANDIDATE").create();
	}

	private long interaction(long city) {
		return insert("insert into interaction (city_id, occurred_on, kind, channel, summary, interest, recorded_by, "
				+ "recorded_at, version) values (?, current_date, 'MEETING', 'PARTNER_NETWORK', 'Reunión', 'NONE', "
				+ "'admin', current_timestamp, 0)", city);
	}

	private long organization() {
		String name = TestCities.unique("Red Tareas");
		return insert(
				"insert into directory_organization (name, kind, name_search, version, created_at, updated_at) "
						+ "values (?, 'PARTNER_NETWORK', ?, 0, current_timestamp, current_timestamp)",
				name, SearchText.normalize(name));
	}

	private long person() {
		String name = TestCities.unique("Ana Tareas");
		return insert("insert into directory_person (name, name_search, version, created_at, updated_at) "
				+ "values (?, ?, 0, current_timestamp, current_timestamp)", name, SearchText.normalize(name));
	}

	private long insert(String sql, Object... parameters) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql(sql).params(parameters).update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

}
