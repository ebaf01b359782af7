package org.integra.ranking;

import java.util.List;
import java.util.Map;

import org.integra.ranking.engine.WeightInterval;

/**
 * How robust the top N of a ranking is to its weights.
 *
 * @param topN the size of the top
 * @param spreadPoints the weight spread sampled, ± percentage points
 * @param samples how many weight samples were drawn
 * @param intervals per criterion, the weight interval (0..1) keeping the same top-N set;
 * criterion ids as in the engine (the criterion's id as text)
 * @param probabilities per city id (as text), the share of samples in which it was in the
 * top N; cities that cannot reach the top N anywhere in the sampled region are absent
 * (probability 0)
 */
public record RobustnessView(int topN, double spreadPoints, int samples, List<WeightInterval> intervals,
		Map<String, Double> probabilities) {

	public double probabilityOf(String cityId) {
		return this.probabilities.getOrDefault(cityId, 0.0);
	}

}
