package org.integra.ranking;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SectorListTests {

	private static final Map<String, Long> SECTORS = Map.of("EDUCATION", 1L, "HEALTH", 2L, "MOBILITY", 3L);

	@Test
	void theReservedCodeMarksASectorRowInAnyCase() {
		assertThat(SectorList.isSectorRow(" priority_sectors ")).isTrue();
		assertThat(SectorList.isSectorRow("INTERNATIONALISATION")).isFalse();
	}

	@Test
	void codesAreSeparatedBySemicolonsInAnyCaseAndRepeatsCountOnce() {
		SectorList.Parsed parsed = SectorList.parse(" health; Education ;;HEALTH; ", SECTORS);
		assertThat(parsed.problem()).isNull();
		assertThat(parsed.sectorIds()).containsExactly(2L, 1L);
	}

	@Test
	void unknownCodesAreNamedInTheProblem() {
		SectorList.Parsed parsed = SectorList.parse("EDUCATION;CULTURA;sport", SECTORS);
		assertThat(parsed.problem()).isEqualTo("ranking.import.problem.sectorsUnknown");
		assertThat(parsed.arguments()).containsExactly("CULTURA, SPORT", "2");
		assertThat(parsed.sectorIds()).isEmpty();
	}

	@Test
	void manyOrLongUnknownCodesAreCutShort() {
		SectorList.Parsed parsed = SectorList.parse("A;B;C;D;E;F;" + "X".repeat(100), SECTORS);
		assertThat(parsed.arguments().get(0)).isEqualTo("A, B, C, D, E, …");
		assertThat(SectorList.parse("X".repeat(100), SECTORS).arguments().get(0)).isEqualTo("X".repeat(40) + "…");
	}

	@Test
	void anEmptyListIsAProblem() {
		assertThat(SectorList.parse(" ; ", SECTORS).problem()).isEqualTo("ranking.import.problem.sectorsEmpty");
		assertThat(SectorList.parse("", SECTORS).problem()).isEqualTo("ranking.import.problem.sectorsEmpty");
	}

	@Test
	void theSourceAndNoteMustFit() {
		assertThat(SectorList.fits("s".repeat(2000), "n".repeat(4000))).isTrue();
		assertThat(SectorList.fits("s".repeat(2001), "")).isFalse();
		assertThat(SectorList.fits("", "n".repeat(4001))).isFalse();
	}

}
