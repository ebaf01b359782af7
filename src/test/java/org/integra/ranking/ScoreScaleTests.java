package org.integra.ranking;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreScaleTests {

	@Test
	void engineScoresBecomePointsFromZeroToOneHundredWithOneDecimal() {
		assertThat(ScoreScale.points(0.0)).isEqualTo(new BigDecimal("0.0"));
		assertThat(ScoreScale.points(1.0)).isEqualTo(new BigDecimal("100.0"));
		assertThat(ScoreScale.points(0.62345)).isEqualTo(new BigDecimal("62.3"));
		// the stored score of a shortlisting gives the same points as the live one
		assertThat(ScoreScale.points(new BigDecimal("0.623450"))).isEqualTo(ScoreScale.points(0.62345));
	}

}
