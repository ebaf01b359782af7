package org.integra.ranking;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.integra.cities.Seaport;

/**
 * Values of derived criteria, computed from data instead of typed. An empty result means
 * the value is missing (the data it needs is not there), never zero.
 */
public final class Derivations {

	/**
	 * Tier thresholds used when a criterion gives none: intermediate from 100,000, large
	 * from 1,000,000.
	 */
	public static final long[] DEFAULT_TIER_THRESHOLDS = { 100_000, 1_000_000 };

	private Derivations() {
	}

	/**
	 * The population tier, 1 for the smallest; a population equal to a threshold is in
	 * the upper tier.
	 */
	public static Optional<BigDecimal> populationTier(Long population, long[] thresholds) {
		if (population == null || population < 0) {
			return Optional.empty();
		}
		long[] sorted = thresholds.clone();
		Arrays.sort(sorted);
		int tier = 1;
		for (long threshold : sorted) {
			if (population >= threshold) {
				tier++;
			}
		}
		return Optional.of(BigDecimal.valueOf(tier));
	}

	/**
	 * Tier thresholds from a criterion's parameters ("100000,1000000"); the defaults when
	 * the text is blank or not a list of non-negative whole numbers.
	 */
	public static long[] tierThresholds(String parameters) {
		if (parameters == null || parameters.isBlank()) {
			return DEFAULT_TIER_THRESHOLDS.clone();
		}
		try {
			long[] values = Arrays.stream(parameters.split(",")).map(String::trim).mapToLong(Long::parseLong).toArray();
			return Arrays.stream(values).allMatch((value) -> value >= 0) ? values : DEFAULT_TIER_THRESHOLDS.clone();
		}
		catch (NumberFormatException ex) {
			return DEFAULT_TIER_THRESHOLDS.clone();
		}
	}

	/**
	 * Whether the city has a seaport: YES is 1, NEARBY (a port in the same province or
	 * metropolitan area) is 0.5, NO, LAKE and INLAND_PORT are 0 (not a seaport), UNKNOWN
	 * is missing.
	 */
	public static Optional<BigDecimal> seaport(Seaport seaport) {
		if (seaport == null) {
			return Optional.empty();
		}
		return switch (seaport) {
			case YES -> Optional.of(BigDecimal.ONE);
			case NEARBY -> Optional.of(new BigDecimal("0.5"));
			case NO, LAKE, INLAND_PORT -> Optional.of(BigDecimal.ZERO);
			case UNKNOWN -> Optional.empty();
		};
	}

	/**
	 * Whether each sector is covered: at least one of the units mapped to it is active.
	 * @param unitsPerSector for each of a city's priority sectors, the ids of the
	 * thematic units mapped to it
	 * @param activeUnits the ids of the active thematic units
	 */
	public static List<Boolean> coverage(Collection<? extends Collection<Long>> unitsPerSector, Set<Long> activeUnits) {
		return unitsPerSector.stream().map((units) -> units.stream().anyMatch(activeUnits::contains)).toList();
	}

	/**
	 * The percentage of a city's priority sectors that an active thematic unit covers;
	 * missing when the city has no priority sectors.
	 * @param priorities whether each priority sector is covered (see {@link #coverage})
	 */
	public static Optional<BigDecimal> thematicOverlap(Collection<Boolean> priorities) {
		if (priorities.isEmpty()) {
			return Optional.empty();
		}
		long covered = priorities.stream().filter(Boolean.TRUE::equals).count();
		return Optional.of(BigDecimal.valueOf(covered * 100)
			.divide(BigDecimal.valueOf(priorities.size()), MathContext.DECIMAL64)
			.setScale(2, java.math.RoundingMode.HALF_UP));
	}

	/**
	 * The annual fee as a percentage of the municipal budget; missing without a fee or a
	 * positive budget.
	 */
	public static Optional<BigDecimal> feeToBudget(BigDecimal annualFee, BigDecimal budget) {
		if (annualFee == null || budget == null || budget.signum() <= 0) {
			return Optional.empty();
		}
		return Optional.of(annualFee.multiply(BigDecimal.valueOf(100))
			.divide(budget, MathContext.DECIMAL64)
			.setScale(6, java.math.RoundingMode.HALF_UP)
			.stripTrailingZeros());
	}

	/**
	 * The code of the typed criterion holding the budget a fee-to-budget criterion
	 * divides by: its parameter, or MUNICIPAL_BUDGET.
	 */
	public static String budgetCode(Criterion criterion) {
		String parameters = criterion.getDerivationParameters();
		return (parameters == null || parameters.isBlank()) ? "MUNICIPAL_BUDGET" : parameters.trim();
	}

	/**
	 * The value of a derived criterion for one city.
	 * @param population the city's population, if known
	 * @param seaport the city's port
	 * @param priorities whether each of the city's priority sectors is covered by an
	 * active thematic unit
	 * @param budget the city's typed budget value (see {@link #budgetCode}), if any
	 * @param fees the fee schedule
	 */
	public static Optional<BigDecimal> derive(Criterion criterion, Long population, Seaport seaport,
			Collection<Boolean> priorities, BigDecimal budget, FeeSchedule fees) {
		return switch (criterion.getDerivation()) {
			case NONE -> Optional.empty();
			case POPULATION_TIER -> populationTier(population, tierThresholds(criterion.getDerivationParameters()));
			case SEAPORT -> seaport(seaport);
			case THEMATIC_OVERLAP -> thematicOverlap(priorities);
			case FEE_TO_BUDGET ->
				feeToBudget(fees.bracketFor(population).map(FeeBracketTerms::annualAmount).orElse(null), budget);
		};
	}

}
