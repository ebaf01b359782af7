package org.integra.letters;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.integra.system.TextInput;

/**
 * What makes a template complete: a name, purpose, kind, language, subject and body
 * within their lengths, and no field that the renderer does not know.
 */
public final class TemplateRules {

	public static final int NAME_MAX = 200;

	public static final int SUBJECT_MAX = 200;

	public static final int BODY_MAX = 8000;

	public static final List<String> LANGUAGES = List.of("es", "pt", "en");

	private TemplateRules() {
	}

	/**
	 * A refused field, the message key that says why, and its arguments.
	 *
	 * @param field the form's field
	 * @param messageKey the reason
	 * @param argument a detail for the message (e.g. the unknown fields), or {@code null}
	 */
	public record Problem(String field, String messageKey, String argument) {
	}

	/** Every problem of the (cleaned) form, none when it may be saved. */
	public static List<Problem> problems(LetterTemplateForm form) {
		List<Problem> problems = new ArrayList<>();
		text(problems, "name", form.getName(), NAME_MAX);
		oneLine(problems, "name", form.getName());
		if (form.getPurpose() == null) {
			problems.add(new Problem("purpose", "letters.template.purpose.required", null));
		}
		if (form.getKind() == null) {
			problems.add(new Problem("kind", "letters.template.kind.required", null));
		}
		if (form.getLanguage() == null || !LANGUAGES.contains(form.getLanguage())) {
			problems.add(new Problem("language", "letters.template.language.required", null));
		}
		text(problems, "subject", form.getSubject(), SUBJECT_MAX);
		oneLine(problems, "subject", form.getSubject());
		text(problems, "body", form.getBody(), BODY_MAX);
		Set<String> unknown = new LinkedHashSet<>();
		unknown.addAll(TemplateRenderer.unknownFields(form.getSubject()));
		unknown.addAll(TemplateRenderer.unknownFields(form.getBody()));
		if (!unknown.isEmpty()) {
			String field = TemplateRenderer.unknownFields(form.getBody()).isEmpty() ? "subject" : "body";
			problems.add(new Problem(field, "letters.template.fields.unknown", String.join(", ", unknown)));
		}
		return problems;
	}

	private static void text(List<Problem> problems, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(new Problem(field, "letters.template." + field + ".required", null));
		}
		else if (value.length() > max) {
			problems.add(new Problem(field, "letters.template." + field + ".tooLong", Integer.toString(max)));
		}
	}

	private static void oneLine(List<Problem> problems, String field, String value) {
		if (!TextInput.isSingleLine(value)) {
			problems.add(new Problem(field, "SingleLine", null));
		}
	}

}
