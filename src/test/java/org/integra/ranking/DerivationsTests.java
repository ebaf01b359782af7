package org.integra.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.integra.cities.Seaport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DerivationsTests {

	private static final long[] THRESHOLDS = { 100_000, 1_000_000 };

	@Test
	void tiersChangeAtTheThresholds() {
		assertThat(Derivations.populationTier(0L, THRESHOLDS)).contains(BigDecimal.valueOf(1));
		assertThat(Derivations.populationTier(99_999L, THRESHOLDS)).contains(BigDecimal.valueOf(1));
		assertThat(Derivations.populationTier(100_000L, THRESHOLDS)).contains(BigDecimal.valueOf(2));
		assertThat(Derivations.populationTier(999_999L, THRESHOLDS)).contains(BigDecimal.valueOf(2));
		assertThat(Derivations.populationTier(1_000_000L, THRESHOLDS)).contains(BigDecimal.valueOf(3));
	}

	@Test
	void noTierWithoutPopulation() {
		assertThat(Derivations.populationTier(null, THRESHOLDS)).isEmpty();
	}

	@Test
	void thresholdsComeFromParametersOrDefaults() {
		assertThat(Derivations.tierThresholds(" 50000, 500000")).containsExactly(50_000, 500_000);
		assertThat(Derivations.tierThresholds(null)).containsExactly(100_000, 1_000_000);
		assertThat(Derivations.tierThresholds("many")).containsExactly(100_000, 1_000_000);
		assertThat(Derivations.tierThresholds("-1")).containsExactly(100_000, 1_000_000);
	}

	@Test
	void seaportMapping() {
		assertThat(Derivations.seaport(Seaport.YES)).contains(BigDecimal.ONE);
		assertThat(Derivations.seaport(Seaport.NEARBY)).contains(new BigDecimal("0.5"));
		assertThat(Derivations.seaport(Seaport.NO)).contains(BigDecimal.ZERO);
		assertThat(Derivations.seaport(Seaport.LAKE)).contains(BigDecimal.ZERO);
		assertThat(Derivations.seaport(Seaport.INLAND_PORT)).contains(BigDecimal.ZERO);
		assertThat(Derivations.seaport(Seaport.UNKNOWN)).isEmpty();
		assertThat(Derivations.seaport(null)).isEmpty();
	}

	@Test
	void overlapIsTheShareOfPrioritiesWithAnActiveUnit() {
		assertThat(Derivations.thematicOverlap(List.of(true, true, false, true))).contains(new BigDecimal("75.00"));
		assertThat(Derivations.thematicOverlap(List.of(true))).contains(new BigDecimal("100.00"));
	}

	@Test
	void aSectorIsCoveredWhenAtLeastOneOfItsUnitsIsActive() {
		Set<Long> active = Set.of(1L, 2L);
		assertThat(Derivations.coverage(List.of(Set.of(1L), Set.of(3L, 2L), Set.of(3L), Set.of()), active))
			.containsExactly(true, true, false, false);
	}

	@Test
	void aCityWhoseSectorsNoActiveUnitCoversScoresZero() {
		// health and water: no unit covers them; a sector whose only unit is inactive
		List<Boolean> coverage = Derivations.coverage(List.of(Set.of(), Set.of(), Set.of(9L)), Set.of(1L));
		assertThat(Derivations.thematicOverlap(coverage)).contains(new BigDecimal("0.00"));
	}

	@Test
	void citiesWithDifferentSectorsScoreDifferently() {
		Set<Long> active = Set.of(1L, 2L);
		BigDecimal all = Derivations.thematicOverlap(Derivations.coverage(List.of(Set.of(1L), Set.of(2L)), active))
			.orElseThrow();
		BigDecimal half = Derivations
			.thematicOverlap(Derivations.coverage(List.of(Set.of(1L), Set.of(), Set.of(2L), Set.of(7L)), active))
			.orElseThrow();
		assertThat(all).isEqualByComparingTo("100");
		assertThat(half).isEqualByComparingTo("50");
	}

	@Test
	void overlapWithoutPrioritiesIsMissing() {
		assertThat(Derivations.thematicOverlap(List.of())).isEmpty();
	}

	@Test
	void feeToBudgetIsAPercentage() {
		assertThat(Derivations.feeToBudget(BigDecimal.valueOf(5000), BigDecimal.valueOf(1_000_000)))
			.hasValueSatisfying((value) -> assertThat(value).isEqualByComparingTo("0.5"));
	}

	@Test
	void feeToBudgetWithoutBudgetOrFeeIsMissing() {
		assertThat(Derivations.feeToBudget(BigDecimal.valueOf(5000), null)).isEmpty();
		assertThat(Derivations.feeToBudget(BigDecimal.valueOf(5000), BigDecimal.ZERO)).isEmpty();
		assertThat(Derivations.feeToBudget(null, BigDecimal.TEN)).isEmpty();
	}

}
