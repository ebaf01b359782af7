package org.integra.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.integra.IntegraTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every module that owns records pages link to names them, with the path of their page,
 * in the application with its demo data.
 */
@IntegraTest
class RecordNameSourcesTests {

	/** Type, table, the column of the name, the path before the id. */
	static final List<List<String>> OWNED = List.of(List.of("City", "city", "name", "/cities/"),
			List.of("Organization", "directory_organization", "name", "/directory/organizations/"),
			List.of("Person", "directory_person", "name", "/directory/people/"),
			List.of("LetterTemplate", "letter_template", "name", "/letters/templates/"),
			List.of("UserAccount", "app_user", "username", "/admin/users/"),
			List.of("Criterion", "criterion", "name_en", "/ranking/criteria/"));

	@Autowired
	RecordNames names;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachOwningModuleNamesItsRecords() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		try {
			List<String> checked = new ArrayList<>();
			for (List<String> owned : OWNED) {
				List<Map<String, Object>> rows = this.jdbc
					.sql("select id, " + owned.get(2) + " as name from " + owned.get(1) + " order by id")
					.query()
					.listOfRows();
				// the demo data may have none of some types
				if (rows.isEmpty()) {
					continue;
				}
				Map<String, Object> row = rows.get(0);
				checked.add(owned.get(0));
				long id = ((Number) row.get("id")).longValue();
				RecordLink link = this.names.find(owned.get(0), id).orElseThrow(() -> new AssertionError(owned));
				assertThat(link.name()).as(owned.get(0)).contains(String.valueOf(row.get("name")));
				assertThat(link.path()).as(owned.get(0)).startsWith(owned.get(3) + id);
			}
			assertThat(checked).contains("City", "UserAccount", "Criterion");
			assertThat(this.names.types()).contains("Candidate", "Interaction", "Task", "ThematicUnit");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

}
