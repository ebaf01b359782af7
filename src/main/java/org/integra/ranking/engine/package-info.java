/**
 * Plain-Java ranking engine (no Spring). Entry point: {@link RankingEngine}. Inputs are
 * {@link WeightedCriterion} (direction and weight) and {@link Alternative} (one value per
 * criterion, {@link Alternative#MISSING} when unknown); output is a {@link RankingResult}
 * with ranked rows, per-criterion {@link Contribution}s and the incomplete alternatives.
 * {@link PreparedRanking#robustness()} gives weight intervals and top-N probabilities.
 */
package org.integra.ranking.engine;
