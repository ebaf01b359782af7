package org.integra.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Weights of a scoring model. People type relative weights and they are stored as given
 * (1:1:1 stays 1, 1, 1); they are normalised only to compute a ranking
 * ({@link #percentages}, exact) or to show percentages ({@link #normalise}, two decimals
 * adding up to 100).
 */
public final class ModelWeights {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal MAX = new BigDecimal("1000000");

	/** Decimals a stored weight keeps (the column's scale). */
	static final int SCALE = 10;

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
			if (weight.stripTrailingZeros().scale() > SCALE) {
				return Optional.of("ranking.model.weights.tooPrecise");
			}
			sum = sum.add(weight);
		}
		if (sum.signum() == 0) {
			return Optional.of("ranking.model.weights.allZero");
		}
		return Optional.empty();
	}

	/** A weight without trailing zeros and without exponent (100, not 1E+2). */
	static BigDecimal plain(BigDecimal weight) {
		BigDecimal stripped = weight.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	/**
	 * The weights to store: as given, missing ones as zero, in the map's order.
	 * @throws IllegalArgumentException if {@link #problem} reports one
	 */
	public static Map<Long, BigDecimal> asGiven(Map<Long, BigDecimal> weights) {
		problem(weights).ifPresent((problem) -> {
			throw new IllegalArgumentException(problem);
		});
		Map<Long, BigDecimal> result = new LinkedHashMap<>();
		weights.forEach((id, weight) -> result.put(id, (weight == null) ? BigDecimal.ZERO : weight));
		return result;
	}

	/**
	 * Exact percentages of relative weights (not rounded), for computing; missing weights
	 * count as zero, a sum of zero gives zeros.
	 */
	public static Map<Long, Double> percentages(Map<Long, BigDecimal> weights) {
		double sum = weights.values().stream().filter((w) -> w != null).mapToDouble(BigDecimal::doubleValue).sum();
		Map<Long, Double> result = new LinkedHashMap<>();
		weights.forEach(
				(id, weight) -> result.put(id, (sum <= 0 || weight == null) ? 0.0 : weight.doubleValue() * 100 / sum));
		return result;
	}

	/**
	 * Normalises relative weights to percentages adding up to exactly 100, for showing
	 * them; missing weights count as zero. Keeps the map's order.
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
