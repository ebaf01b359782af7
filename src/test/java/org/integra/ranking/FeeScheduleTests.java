package org.integra.ranking;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FeeScheduleTests {

	private static FeeBracketTerms bracket(long min, Long max, int amount) {
		return new FeeBracketTerms(min, max, BigDecimal.valueOf(amount), "USD", 2026, true);
	}

	private final FeeSchedule valid = new FeeSchedule(
			List.of(bracket(100_000, 999_999L, 2000), bracket(0, 99_999L, 1000), bracket(1_000_000, null, 5000)));

	@Test
	void contiguousScheduleFromZeroIsValid() {
		assertThat(this.valid.problems()).isEmpty();
	}

	@Test
	void estimateTakesTheBracketOfThePopulationIncludingItsBounds() {
		assertThat(this.valid.bracketFor(0L)).map(FeeBracketTerms::annualAmount).contains(BigDecimal.valueOf(1000));
		assertThat(this.valid.bracketFor(99_999L)).map(FeeBracketTerms::annualAmount)
			.contains(BigDecimal.valueOf(1000));
		assertThat(this.valid.bracketFor(100_000L)).map(FeeBracketTerms::annualAmount)
			.contains(BigDecimal.valueOf(2000));
		assertThat(this.valid.bracketFor(20_000_000L)).map(FeeBracketTerms::annualAmount)
			.contains(BigDecimal.valueOf(5000));
	}

	@Test
	void noEstimateWithoutPopulation() {
		assertThat(this.valid.bracketFor(null)).isEmpty();
		assertThat(this.valid.bracketFor(-1L)).isEmpty();
	}

	@Test
	void overlappingBracketsAreRejected() {
		FeeSchedule schedule = new FeeSchedule(List.of(bracket(0, 100_000L, 1), bracket(100_000, null, 2)));
		assertThat(schedule.problems()).containsExactly("ranking.fees.problem.overlap");
	}

	@Test
	void aGapIsRejected() {
		FeeSchedule schedule = new FeeSchedule(List.of(bracket(0, 99_999L, 1), bracket(100_001, null, 2)));
		assertThat(schedule.problems()).containsExactly("ranking.fees.problem.gap");
	}

	@Test
	void aScheduleMustStartAtZeroAndBeOpenEnded() {
		FeeSchedule schedule = new FeeSchedule(List.of(bracket(1, 99_999L, 1), bracket(100_000, 200_000L, 2)));
		assertThat(schedule.problems()).containsExactlyInAnyOrder("ranking.fees.problem.notFromZero",
				"ranking.fees.problem.notOpenEnded");
		assertThat(new FeeSchedule(List.of()).problems()).containsExactly("ranking.fees.problem.empty");
	}

	@Test
	void anOpenEndedBracketBeforeAnotherOverlaps() {
		FeeSchedule schedule = new FeeSchedule(List.of(bracket(0, null, 1), bracket(100_000, null, 2)));
		assertThat(schedule.problems()).contains("ranking.fees.problem.overlap");
	}

	@Test
	void reversedBoundsAndNegativeAmountsAreRejected() {
		FeeSchedule schedule = new FeeSchedule(List.of(bracket(0, -5L, -1)));
		assertThat(schedule.problems()).contains("ranking.fees.problem.maxBelowMin", "ranking.fees.problem.negative");
	}

	@Test
	void illustrativeWhileAnyBracketIs() {
		assertThat(this.valid.illustrative()).isTrue();
		assertThat(new FeeSchedule(List.of(new FeeBracketTerms(0, null, BigDecimal.TEN, "USD", 2026, false)))
			.illustrative()).isFalse();
	}

}
