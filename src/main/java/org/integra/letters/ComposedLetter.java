package org.integra.letters;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.integra.cities.CitySummary;
import org.integra.directory.PersonSummary;
import org.integra.letters.TemplateRenderer.Rendered;

/**
 * A template filled for a city and contact.
 *
 * @param templateId the template, {@code null} for a template being edited
 * @param kind letter or e-mail
 * @param language the template's language
 * @param city the candidate city
 * @param person the contact, if any
 * @param subject the filled subject
 * @param body the filled body
 * @param date the date as written in the template's language
 */
public record ComposedLetter(Long templateId, TemplateKind kind, String language, CitySummary city,
		PersonSummary person, Rendered subject, Rendered body, String date) {

	/** Fields without a value, in subject and body. */
	public List<String> missing() {
		Set<String> missing = new LinkedHashSet<>(this.subject.missing());
		missing.addAll(this.body.missing());
		return List.copyOf(missing);
	}

	public List<String> paragraphs() {
		return TemplateRenderer.paragraphs(this.body.text());
	}

}
