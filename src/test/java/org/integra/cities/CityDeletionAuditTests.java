package org.integra.cities;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.integra.IntegraTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting a city deletes what every module holds about it through that module, so that
 * the audit trail records each deleted row; the database's cascades find nothing left.
 */
@IntegraTest
class CityDeletionAuditTests {

	@Autowired
	TestCities testCities;

	@Autowired
	CityDeletion deletion;

	@Autowired
	JdbcClient jdbc;

	private final List<Long> cities = new ArrayList<>();

	@AfterEach
	void signOutAndDeleteTheCities() {
		SecurityContextHolder.clearContext();
		// the mentor city is a candidate the other tests would count
		this.testCities.delete(this.cities);
	}

	@Test
	void everyRowAboutTheCityIsDeletedThroughItsModuleAndAudited() {
		var admin = new TestingAuthenticationToken("admin", "n/a", "ROLE_ADMIN");
		admin.setAuthenticated(true);
		SecurityContextHolder.setContext(new SecurityContextImpl(admin));
		long city = city("Ciudad Borrada");
		long mentor = city("Ciudad Mentora");
		long candidate = insert("insert into candidate (city_id, stage, stage_since, version) "
				+ "values (?, 'CONTACTED', current_timestamp, 0)", city);
		long interaction = insert("insert into interaction (city_id, occurred_on, kind, channel, summary, interest, "
				+ "recorded_by, recorded_at, version) values (?, current_date, 'MEETING', 'PARTNER_NETWORK', 'Reunión', 'NONE', "
				+ "'admin', current_timestamp, 0)", city);
		long assignment = insert("insert into mentor_assignment (candidate_city_id, mentor_city_id, assigned_by, "
				+ "assigned_at) values (?, " + mentor + ", 'admin', current_timestamp)", city);
		long task = insert("insert into task (title, assignee, status, city_id, created_by, created_at, version) "
				+ "values ('Llamar', 'admin', 'OPEN', ?, 'admin', current_timestamp, 0)", city);
		long criterion = this.jdbc.sql("select min(id) from criterion").query(Long.class).single();
		long value = insert("insert into criterion_value (city_id, criterion_id, numeric_value, source, entered_by, "
				+ "entered_at, version) values (?, " + criterion + ", 1, 'test', 'admin', current_timestamp, 0)", city);
		long letter = insert(
				"insert into letter (city_id, language, subject, body, sent_how, sent_by, sent_at) "
						+ "values (?, 'es', 'Invitación', 'Estimada alcaldesa', 'PDF', 'admin', current_timestamp)",
				city);

		long mentorUser = insert("insert into app_user (username, display_name, password_hash, language, enabled, "
				+ "failed_logins, mentor_city_id, created_at, version) values (?, 'Mentora', 'x', 'es', true, 0, ?, "
				+ "current_timestamp, 0)", "mentor-" + UUID.randomUUID().toString().substring(0, 8), city);

		this.deletion.delete(city);

		assertThat(deleted("Candidate", candidate)).isTrue();
		assertThat(deleted("Interaction", interaction)).isTrue();
		assertThat(deleted("MentorAssignment", assignment)).isTrue();
		assertThat(deleted("Task", task)).isTrue();
		assertThat(deleted("CriterionValue", value)).isTrue();
		assertThat(deleted("Letter", letter)).isTrue();
		assertThat(deleted("City", city)).isTrue();
		assertThat(this.jdbc.sql(
				"select count(*) from audit_entry e join audit_change c on c.entry_id = e.id where e.action = 'UPDATE' "
						+ "and e.entity_type = 'UserAccount' and e.entity_id = ? and c.field = 'mentorCityId'")
			.param(Long.toString(mentorUser))
			.query(Long.class)
			.single()).isEqualTo(1);
		for (String table : List.of("candidate", "interaction", "task", "criterion_value", "letter")) {
			assertThat(this.jdbc.sql("select count(*) from " + table + " where city_id = ?")
				.param(city)
				.query(Long.class)
				.single()).as(table).isZero();
		}
	}

	private boolean deleted(String type, long id) {
		return this.jdbc
			.sql("select count(*) from audit_entry where action = 'DELETE' and entity_type = ? and entity_id = ? "
					+ "and username = 'admin'")
			.param(type)
			.param(Long.toString(id))
			.query(Long.class)
			.single() == 1;
	}

	private long city(String name) {
		long id = this.testCities.city(TestCities.unique(name), "BO").relation("CANDIDATE").create();
		this.cities.add(id);
		return id;
	}

	private long insert(String sql, Object... parameters) {
		var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.sql(sql).params(parameters).update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

}
