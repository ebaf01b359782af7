package org.integra.ranking.engine;

/**
 * How often an alternative was in the top N when the weights were sampled around the
 * chosen ones.
 *
 * @param alternativeId the alternative
 * @param label its display name
 * @param probability share of samples in which it was in the top N, in [0, 1]
 */
public record TopNProbability(String alternativeId, String label, double probability) {

}
