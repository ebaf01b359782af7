package org.integra.letters;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateRulesTests {

	static LetterTemplateForm valid() {
		LetterTemplateForm form = new LetterTemplateForm();
		form.setName("Carta");
		form.setPurpose(TemplatePurpose.OTHER);
		form.setKind(TemplateKind.LETTER);
		form.setLanguage("es");
		form.setSubject("Invitación a {{city}}");
		form.setBody("{{contact.name}}\n\nTexto.");
		return form;
	}

	@Test
	void aCompleteTemplateHasNoProblem() {
		assertThat(TemplateRules.problems(valid())).isEmpty();
	}

	@Test
	void everyMissingPartIsNamed() {
		List<TemplateRules.Problem> problems = TemplateRules.problems(new LetterTemplateForm());
		assertThat(problems).extracting(TemplateRules.Problem::field)
			.containsExactly("name", "purpose", "kind", "language", "subject", "body");
	}

	@Test
	void unknownFieldsAreRefusedWithTheirNames() {
		LetterTemplateForm form = valid();
		form.setSubject("{{alcalde}}");
		form.setBody("{{city}} {{contact.title}}");
		assertThat(TemplateRules.problems(form)).containsExactly(
				new TemplateRules.Problem("body", "letters.template.fields.unknown", "alcalde, contact.title"));
	}

	@Test
	void lengthsAndLanguageAreChecked() {
		LetterTemplateForm form = valid();
		form.setName("x".repeat(TemplateRules.NAME_MAX + 1));
		form.setBody("x".repeat(TemplateRules.BODY_MAX + 1));
		form.setLanguage("fr");
		assertThat(TemplateRules.problems(form)).extracting(TemplateRules.Problem::messageKey)
			.containsExactly("letters.template.name.tooLong", "letters.template.language.required",
					"letters.template.body.tooLong");
	}

}
