package org.integra.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.integra.ranking.engine.Alternative;
import org.integra.ranking.engine.Direction;
import org.integra.ranking.engine.WeightedCriterion;

/**
 * Plausible synthetic candidate cities for benchmarks and load tests: population in
 * tiers, yes/no seaport and capital, shares in [0, 1], ratios and ordinal scales.
 * Reproducible for a seed.
 */
public final class SyntheticCities {

	private static final String[] IDS = { "population", "seaport", "capital", "urban-share", "gdp-per-capita-ratio",
			"unemployment-share", "distance-to-member-km", "institutional-capacity", "informality-share",
			"cooperation-history" };

	private static final Direction[] DIRECTIONS = { Direction.MORE_IS_BETTER, Direction.MORE_IS_BETTER,
			Direction.MORE_IS_BETTER, Direction.MORE_IS_BETTER, Direction.MORE_IS_BETTER, Direction.MORE_IS_WORSE,
			Direction.MORE_IS_WORSE, Direction.MORE_IS_BETTER, Direction.MORE_IS_WORSE, Direction.MORE_IS_BETTER };

	private static final double[] POPULATION_TIERS = { 20_000, 100_000, 500_000, 2_000_000, 8_000_000 };

	private SyntheticCities() {
	}

	/**
	 * Up to {@link #MAX_CRITERIA} criteria with weights 1..count (no two alike).
	 */
	public static List<WeightedCriterion> criteria(int count) {
		if (count < 1 || count > IDS.length) {
			throw new IllegalArgumentException("1 to " + IDS.length + " criteria");
		}
		List<WeightedCriterion> criteria = new ArrayList<>(count);
		for (int j = 0; j < count; j++) {
			criteria.add(new WeightedCriterion(IDS[j], DIRECTIONS[j], j + 1));
		}
		return criteria;
	}

	/** The number of distinct criteria this generator knows. */
	public static final int MAX_CRITERIA = 10;

	/**
	 * {@code count} complete cities with values for the first {@code criteria} criteria.
	 */
	public static List<Alternative> cities(int count, int criteria, long seed) {
		return cities(count, criteria, 0, seed);
	}

	/**
	 * As {@link #cities(int, int, long)}, with each value missing with the given
	 * probability.
	 */
	public static List<Alternative> cities(int count, int criteria, double missingShare, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<Alternative> cities = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			double[] values = new double[criteria];
			for (int j = 0; j < criteria; j++) {
				values[j] = (random.nextDouble() < missingShare) ? Alternative.MISSING : value(j, random);
			}
			cities.add(new Alternative("city-" + i, "City " + i, values));
		}
		return cities;
	}

	private static double value(int criterion, SplittableRandom random) {
		return switch (criterion) {
			case 0 -> Math.round(
					POPULATION_TIERS[random.nextInt(POPULATION_TIERS.length)] * Math.exp(random.nextGaussian() * 0.5));
			case 1 -> (random.nextDouble() < 0.15) ? 1 : 0;
			case 2 -> (random.nextDouble() < 0.05) ? 1 : 0;
			case 3, 5, 8 -> random.nextDouble();
			case 4 -> Math.exp(random.nextGaussian() * 0.6);
			case 6 -> Math.round(50 + random.nextDouble() * 3000);
			case 7, 9 -> 1 + random.nextInt(5);
			default -> throw new IllegalArgumentException("No criterion " + criterion);
		};
	}

}
