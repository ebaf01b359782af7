package org.integra.letters;

import org.integra.IntegraTest;
import org.integra.cities.TestCities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting a template unlinks the letters written from it through their entities, so that
 * the audit trail records the change of each letter; their texts stay.
 */
@IntegraTest
class LetterTemplateDeletionTests {

	@Autowired
	LetterTemplates templates;

	@Autowired
	TestCities cities;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theLettersOfADeletedTemplateLoseTheLinkAsAnAuditedChange() {
		var coordinator = new TestingAuthenticationToken("coordinadora", "n/a", "ROLE_COORDINATOR");
		coordinator.setAuthenticated(true);
		SecurityContextHolder.setContext(new SecurityContextImpl(coordinator));
		LetterTemplateForm form = new LetterTemplateForm();
		form.setName(TestCities.unique("Plantilla borrada"));
		form.setPurpose(TemplatePurpose.FIRST_LETTER_TO_MAYOR);
		form.setKind(TemplateKind.LETTER);
		form.setLanguage("es");
		form.setSubject("Invitación");
		form.setBody("Estimada alcaldesa:");
		long template = this.templates.create(form).getId();
		long city = this.cities.create(TestCities.unique("Ciudad de la carta"), "BO");
		var key = new GeneratedKeyHolder();
		this.jdbc.sql("insert into letter (template_id, city_id, language, subject, body, sent_how, sent_by, sent_at) "
				+ "values (?, ?, 'es', 'Invitación', 'Estimada alcaldesa', 'PDF', 'coordinadora', current_timestamp)")
			.params(template, city)
			.update(key, "id");
		long letter = key.getKeyAs(Number.class).longValue();

		this.templates.delete(template);

		assertThat(
				this.jdbc.sql("select template_id from letter where id = ?").param(letter).query(Long.class).optional())
			.isEmpty();
		assertThat(this.jdbc.sql("select body from letter where id = ?").param(letter).query(String.class).single())
			.isEqualTo("Estimada alcaldesa");
		assertThat(this.jdbc
			.sql("select c.old_value from audit_entry e join audit_change c on c.entry_id = e.id "
					+ "where e.action = 'UPDATE' and e.entity_type = 'Letter' and e.entity_id = ? "
					+ "and c.field = 'templateId' and e.username = 'coordinadora'")
			.param(Long.toString(letter))
			.query(String.class)
			.list()).containsExactly(Long.toString(template));
	}

}
