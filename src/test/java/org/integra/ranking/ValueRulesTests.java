package org.integra.ranking;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValueRulesTests {

	@Test
	void parsesDecimalPointOrComma() {
		assertThat(ValueRules.parse("1,5")).contains(new BigDecimal("1.5"));
		assertThat(ValueRules.parse(" 12 ")).contains(new BigDecimal("12"));
	}

	@Test
	void rejectsWhatIsNotAFiniteNumber() {
		for (String text : List.of("", "NaN", "Infinity", "1e400", "abc", "1.2.3", "0x10", "'; drop table city;--")) {
			assertThat(ValueRules.parse(text)).as(text).isEmpty();
		}
		assertThat(ValueRules.parse(null)).isEmpty();
	}

	@Test
	void yesNoIsZeroOrOne() {
		assertThat(ValueRules.problem(CriterionKind.YES_NO, Derivation.NONE, BigDecimal.ONE, List.of())).isEmpty();
		assertThat(ValueRules.problem(CriterionKind.YES_NO, Derivation.NONE, BigDecimal.ZERO, List.of())).isEmpty();
		assertThat(ValueRules.problem(CriterionKind.YES_NO, Derivation.NONE, new BigDecimal("0.5"), List.of()))
			.contains("ranking.value.problem.yesNo");
	}

	@Test
	void ordinalMustBeOneOfItsLevels() {
		assertThat(ValueRules.problem(CriterionKind.ORDINAL, Derivation.NONE, BigDecimal.valueOf(2), List.of(0, 1, 2)))
			.isEmpty();
		assertThat(ValueRules.problem(CriterionKind.ORDINAL, Derivation.NONE, BigDecimal.valueOf(3), List.of(0, 1, 2)))
			.contains("ranking.value.problem.level");
		assertThat(ValueRules.problem(CriterionKind.ORDINAL, Derivation.NONE, new BigDecimal("1.5"), List.of(1, 2)))
			.contains("ranking.value.problem.level");
	}

	@Test
	void numbersMustBeInRangeAndDerivedCriteriaAreNotTyped() {
		assertThat(ValueRules.problem(CriterionKind.NUMBER, Derivation.NONE, new BigDecimal("-3.25"), List.of()))
			.isEmpty();
		assertThat(ValueRules.problem(CriterionKind.NUMBER, Derivation.NONE, new BigDecimal("1e20"), List.of()))
			.contains("ranking.value.problem.outOfRange");
		assertThat(ValueRules.problem(CriterionKind.NUMBER, Derivation.SEAPORT, BigDecimal.ONE, List.of()))
			.contains("ranking.value.problem.derived");
		assertThat(ValueRules.problem(CriterionKind.NUMBER, Derivation.NONE, null, List.of()))
			.contains("ranking.value.problem.notNumber");
	}

}
