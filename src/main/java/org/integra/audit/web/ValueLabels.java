package org.integra.audit.web;

import java.util.Map;

/**
 * Where the labels of recorded enum values live: the message keys the owning modules'
 * pages use for them (e.g. {@code outreach.channel.EMBASSY_IN_LA_PAZ}), by type and field
 * or by field alone; {@code %s} stands for the value.
 */
final class ValueLabels {

	private static final Map<String, String> KEYS = Map.ofEntries(Map.entry("City.capitalStatus", "cities.capital.%s"),
			Map.entry("City.seaport", "cities.seaport.%s"), Map.entry("City.networkRelation", "cities.relation.%s"),
			Map.entry("Criterion.kind", "ranking.kind.%s"), Map.entry("Criterion.direction", "ranking.direction.%s"),
			Map.entry("Criterion.derivation", "ranking.derivation.%s"),
			Map.entry("LetterTemplate.purpose", "letters.purpose.%s"),
			Map.entry("LetterTemplate.kind", "letters.kind.%s"), Map.entry("Letter.sentHow", "letters.sentHow.%s"),
			Map.entry("Task.status", "tasks.status.%s"), Map.entry("Candidate.stage", "outreach.stage.%s"),
			Map.entry("Interaction.kind", "outreach.interactionKind.%s"),
			Map.entry("Interaction.channel", "outreach.channel.%s"),
			Map.entry("Interaction.interest", "outreach.interest.%s"),
			Map.entry("Organization.kind", "directory.kind.%s"),
			Map.entry("Relationship.kind", "directory.relationship.%s.outgoing"),
			Map.entry("AssociationSurvey.status", "directory.survey.status.%s"), Map.entry("roles", "role.%s"),
			Map.entry("language", "language.%s"), Map.entry("preferredLanguage", "language.%s"),
			Map.entry("channel", "outreach.channel.%s"), Map.entry("stage", "outreach.stage.%s"));

	private ValueLabels() {
	}

	/** The message key of that value's label, if the field's values have labels. */
	static String keyFor(String type, String field, String value) {
		String pattern = KEYS.getOrDefault(type + "." + field, KEYS.get(field));
		return (pattern != null) ? pattern.formatted(value) : null;
	}

}
