package org.integra.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Weights of a scoring model in percent. People type relative weights; they are stored
 * normalised so that they add up to exactly 100 (rounded to two decimals, the rounding
 * remainder given to the largest weight).
 */
public final class ModelWeights {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal MAX = new BigDecimal("1000000");

	private ModelWeights() {
	}

	/**
	 * The message key of what is wrong with these relative weights, or empty when they
	 * can be normalised.
	 */
	public static Optional<String> problem(Map<Long, BigDecimal> weights) {
		if (weights == null || weights.isEmpty()) {
			return Optional.of("ranking.model.weights.none");
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (BigDecimal weight : weights.values()) {
			if (weight == null) {
				continue;
			}
			if (weight.signum() < 0) {
				return Optional.of("ranking.model.weights.negative");
			}
			if (weight.compareTo(MAX) > 0) {
				return Optional.of("ranking.model.weights.tooLarge");
			}
			sum = sum.add(weight);
		}
		if (sum.signum() == 0) {
			return Optional.of("ranking.model.weights.allZero");
		}
		return Optional.empty();
	}

	/**
	 * Normalises relative weights to percentages adding up to exactly 100; missing
	 * weights count as zero. Keeps the map's order.
	 * @throws IllegalArgumentException if {@link #problem} reports one
	 */
	public static Map<Long, BigDecimal> normalise(Map<Long, BigDecimal> weights) {
		problem(weights).ifPresent((problem) -> {
			throw new IllegalArgumentException(problem);
		});
		BigDecimal sum = weights.values()
			.stream()
			.filter((weight) -> weight != null)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		Map<Long, BigDecimal> result = new LinkedHashMap<>();
		Long largest = null;
		BigDecimal total = BigDecimal.ZERO;
		for (Map.Entry<Long, BigDecimal> entry : weights.entrySet()) {
			BigDecimal weight = (entry.getValue() == null) ? BigDecimal.ZERO : entry.getValue();
			BigDecimal percent = weight.multiply(HUNDRED).divide(sum, 2, RoundingMode.HALF_EVEN);
			result.put(entry.getKey(), percent);
			total = total.add(percent);
			if (largest == null
					|| weight.compareTo(weights.get(largest) == null ? BigDecimal.ZERO : weights.get(largest)) > 0) {
				largest = entry.getKey();
			}
		}
		result.put(largest, result.get(largest).add(HUNDRED.subtract(total)));
		return result;
	}

}
