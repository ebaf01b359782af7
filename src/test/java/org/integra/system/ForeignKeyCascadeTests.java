package org.integra.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No foreign key deletes or unlinks rows of another module behind its back: a cascade (or
 * set null) is allowed only inside one module, where the owning entity's deletion is the
 * audited event. Rows of other modules about a deleted record are deleted by those
 * modules, through their entities (for a city: on {@code CityDeleting}). Reads H2's
 * information schema after the migrations.
 */
class ForeignKeyCascadeTests {

	private static final String URL = "jdbc:h2:mem:foreign-key-cascades;DB_CLOSE_DELAY=-1";

	/**
	 * Referencing column, the table it references, and the rule: all within one module.
	 */
	private static final Set<String> WITHIN_A_MODULE = Set.of(
			// accounts
			"APP_USER_ROLE.USER_ID -> APP_USER CASCADE", "API_TOKEN.USER_ID -> APP_USER CASCADE",
			// audit: an entry's field changes
			"AUDIT_CHANGE.ENTRY_ID -> AUDIT_ENTRY CASCADE",
			// system: Spring Session's own schema
			"SPRING_SESSION_ATTRIBUTES.SESSION_PRIMARY_ID -> SPRING_SESSION CASCADE",
			// mail: a message's attachments
			"OUTBOX_ATTACHMENT.OUTBOX_MESSAGE_ID -> OUTBOX_MESSAGE CASCADE",
			// outreach
			"CANDIDATE_STAGE_CHANGE.CANDIDATE_ID -> CANDIDATE CASCADE",
			"INTERACTION_PERSON.INTERACTION_ID -> INTERACTION CASCADE",
			// ranking
			"SCORING_MODEL_VERSION.MODEL_ID -> SCORING_MODEL CASCADE",
			"SCORING_MODEL_WEIGHT.VERSION_ID -> SCORING_MODEL_VERSION CASCADE",
			"POLICY_SECTOR_UNIT.SECTOR_ID -> POLICY_SECTOR CASCADE",
			"POLICY_SECTOR_UNIT.THEMATIC_UNIT_ID -> THEMATIC_UNIT CASCADE",
			"CITY_SECTOR.SECTOR_ID -> POLICY_SECTOR CASCADE", "CITY_PRIORITY.THEMATIC_UNIT_ID -> THEMATIC_UNIT CASCADE",
			"CRITERION_LEVEL.CRITERION_ID -> CRITERION CASCADE", "CRITERION_VALUE.CRITERION_ID -> CRITERION CASCADE",
			// events
			"EVENT_INVITATION.EVENT_ID -> EVENT CASCADE",
			"EVENT_INVITATION_ENTRY.INVITATION_ID -> EVENT_INVITATION CASCADE",
			"EVENT_INVITATION_LINK.INVITATION_ID -> EVENT_INVITATION CASCADE",
			"EVENT_REMINDER.EVENT_ID -> EVENT CASCADE",
			"EVENT_REMINDER_INVITATION.REMINDER_ID -> EVENT_REMINDER CASCADE",
			"EVENT_REMINDER_INVITATION.INVITATION_ID -> EVENT_INVITATION CASCADE",
			// letters: LetterTemplates.delete unlinks the letters first, audited
			"LETTER.TEMPLATE_ID -> LETTER_TEMPLATE SET NULL",
			// tasks -> outreach: an interaction goes only with its city, whose tasks go
			// too
			"TASK.INTERACTION_ID -> INTERACTION SET NULL");

	@Test
	void cascadesStayInsideTheirModule() throws SQLException {
		Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
		Set<String> found = new TreeSet<>();
		try (Connection connection = DriverManager.getConnection(URL, "sa", "");
				ResultSet rows = connection.createStatement().executeQuery("""
						select k.table_name, k.column_name, u.table_name as referenced, r.delete_rule
						from information_schema.referential_constraints r
						join information_schema.key_column_usage k
						  on k.constraint_schema = r.constraint_schema and k.constraint_name = r.constraint_name
						join information_schema.table_constraints u
						  on u.constraint_schema = r.unique_constraint_schema
						 and u.constraint_name = r.unique_constraint_name
						where k.table_schema = 'PUBLIC' and r.delete_rule not in ('NO ACTION', 'RESTRICT')""")) {
			while (rows.next()) {
				found.add(rows.getString("table_name") + "." + rows.getString("column_name") + " -> "
						+ rows.getString("referenced") + " " + rows.getString("delete_rule"));
			}
		}
		assertThat(found).as("cascading foreign keys").containsExactlyInAnyOrderElementsOf(WITHIN_A_MODULE);
	}

	@Test
	void keysToACityRestrictItsDeletion() throws SQLException {
		Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
		Set<String> found = new TreeSet<>();
		try (Connection connection = DriverManager.getConnection(URL, "sa", "");
				ResultSet rows = connection.createStatement().executeQuery("""
						select k.table_name || '.' || k.column_name as key_column
						from information_schema.referential_constraints r
						join information_schema.key_column_usage k
						  on k.constraint_schema = r.constraint_schema and k.constraint_name = r.constraint_name
						join information_schema.table_constraints u
						  on u.constraint_schema = r.unique_constraint_schema
						 and u.constraint_name = r.unique_constraint_name
						where k.table_schema = 'PUBLIC' and u.table_name = 'CITY'
						  and r.delete_rule in ('NO ACTION', 'RESTRICT')""")) {
			while (rows.next()) {
				found.add(rows.getString("key_column"));
			}
		}
		assertThat(found).contains("TASK.CITY_ID", "CANDIDATE.CITY_ID", "INTERACTION.CITY_ID",
				"MENTOR_ASSIGNMENT.CANDIDATE_CITY_ID", "MENTOR_ASSIGNMENT.MENTOR_CITY_ID", "LETTER.CITY_ID",
				"SHORTLIST_ENTRY.CITY_ID", "CRITERION_VALUE.CITY_ID", "CITY_SECTOR.CITY_ID",
				"CITY_SECTOR_SOURCE.CITY_ID", "CITY_PRIORITY.CITY_ID", "APP_USER.MENTOR_CITY_ID");
	}

}
