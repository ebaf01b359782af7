package org.integra.ranking;

import java.util.Optional;

import org.integra.system.PathPlaceholders;

import org.springframework.context.ApplicationContext;

/**
 * Placeholders of the ranking routes in the authorization matrix.
 */
public class RankingPathPlaceholders implements PathPlaceholders {

	@Override
	public Optional<String> resolve(String name, ApplicationContext context) {
		return switch (name) {
			case "criterionId" -> PathPlaceholders.firstValue(context, "select min(id) from criterion");
			case "unitId" -> PathPlaceholders.firstValue(context, "select min(id) from thematic_unit");
			case "sectorId" -> PathPlaceholders.firstValue(context, "select min(id) from policy_sector");
			case "modelId" -> PathPlaceholders.firstValue(context, "select min(id) from scoring_model");
			case "versionNumber" -> Optional.of("1");
			case "versionId" -> PathPlaceholders.firstValue(context, "select min(id) from scoring_model_version");
			case "otherVersionId" -> PathPlaceholders.firstValue(context, "select max(id) from scoring_model_version");
			default -> Optional.empty();
		};
	}

}
