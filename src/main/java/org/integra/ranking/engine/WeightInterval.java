package org.integra.ranking.engine;

/**
 * How far one criterion's weight may move, the others rescaled proportionally so that the
 * weights still add up to 1, before the top-N set changes.
 *
 * @param criterionId the criterion
 * @param weight its current normalised weight
 * @param lower lowest weight with the same top-N set (0 if it never changes below)
 * @param upper highest weight with the same top-N set (1 if it never changes above)
 */
public record WeightInterval(String criterionId, double weight, double lower, double upper) {

}
