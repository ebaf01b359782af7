package org.integra.ranking.engine;

/**
 * Why a score is what it is, for one criterion: enough for a stacked bar and a sentence.
 * <p>
 * Weighted sum: {@code normalisedValue} is the min–max value in [0, 1] (1 = best of the
 * ranked alternatives); {@code weightedValue = weight × normalisedValue}, and these add
 * up to the score. {@code gapToIdeal = weight − weightedValue} (what the criterion costs
 * the alternative compared with the best) and {@code gapToAntiIdeal = weightedValue}.
 * <p>
 * TOPSIS: {@code normalisedValue} is the vector-normalised value {@code x / ‖x‖};
 * {@code weightedValue = weight × normalisedValue}; {@code gapToIdeal} and
 * {@code gapToAntiIdeal} are the SQUARED weighted distances on this criterion to the
 * ideal and anti-ideal alternative. They add up to D+² and D−², and the score is
 * {@code D− / (D+ + D−)}: a large {@code gapToAntiIdeal} share means the criterion pushes
 * the alternative up, a large {@code gapToIdeal} share means it holds it back.
 *
 * @param criterionId the criterion
 * @param value the raw value
 * @param weight the normalised weight (all weights of the model add up to 1)
 * @param normalisedValue see above
 * @param weightedValue see above
 * @param gapToIdeal see above
 * @param gapToAntiIdeal see above
 */
public record Contribution(String criterionId, double value, double weight, double normalisedValue,
		double weightedValue, double gapToIdeal, double gapToAntiIdeal) {

}
