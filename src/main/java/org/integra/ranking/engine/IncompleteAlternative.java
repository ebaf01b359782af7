package org.integra.ranking.engine;

import java.util.List;

/**
 * An alternative left out of the ranking because values are missing.
 *
 * @param alternativeId the alternative
 * @param label its display name
 * @param missingCriterionIds the criteria (with a weight above zero) it has no value for
 */
public record IncompleteAlternative(String alternativeId, String label, List<String> missingCriterionIds) {

	public IncompleteAlternative {
		missingCriterionIds = List.copyOf(missingCriterionIds);
	}

}
