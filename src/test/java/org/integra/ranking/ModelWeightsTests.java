package org.integra.ranking;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelWeightsTests {

	private static Map<Long, BigDecimal> weights(String... values) {
		Map<Long, BigDecimal> map = new LinkedHashMap<>();
		for (int i = 0; i < values.length; i++) {
			map.put((long) i + 1, (values[i] == null) ? null : new BigDecimal(values[i]));
		}
		return map;
	}

	@Test
	void normalisesToExactlyOneHundredGivingTheRoundingRemainderToTheLargest() {
		Map<Long, BigDecimal> normalised = ModelWeights.normalise(weights("1", "1", "1"));
		assertThat(normalised.values()).containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"),
				new BigDecimal("33.33"));
		assertThat(normalised.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
		assertThat(ModelWeights.normalise(weights("1", "3")).values()).containsExactly(new BigDecimal("25.00"),
				new BigDecimal("75.00"));
	}

	@Test
	void missingWeightsCountAsZero() {
		assertThat(ModelWeights.normalise(weights("2", null)).values()).containsExactly(new BigDecimal("100.00"),
				new BigDecimal("0.00"));
	}

	@Test
	void refusesNoWeightsNegativeOnesAllZerosAndHugeOnes() {
		assertThat(ModelWeights.problem(Map.of())).contains("ranking.model.weights.none");
		assertThat(ModelWeights.problem(weights("-1", "2"))).contains("ranking.model.weights.negative");
		assertThat(ModelWeights.problem(weights("0", "0"))).contains("ranking.model.weights.allZero");
		assertThat(ModelWeights.problem(weights("1e9"))).contains("ranking.model.weights.tooLarge");
		assertThatThrownBy(() -> ModelWeights.normalise(weights("0"))).hasMessage("ranking.model.weights.allZero");
	}

	@Test
	void keepsWeightsAsGivenSoOneOneOneRoundTrips() {
		Map<Long, BigDecimal> stored = ModelWeights.asGiven(weights("1", "1", "1"));
		assertThat(stored.values()).containsExactly(new BigDecimal("1"), new BigDecimal("1"), new BigDecimal("1"));
		assertThat(ModelWeights.asGiven(weights("2", null)).values()).containsExactly(new BigDecimal("2"),
				BigDecimal.ZERO);
	}

	@Test
	void percentagesForComputingAreExactNotRounded() {
		Map<Long, Double> shares = ModelWeights.percentages(weights("1", "1", "1"));
		assertThat(shares.values()).allSatisfy((share) -> assertThat(share).isEqualTo(100.0 / 3));
		assertThat(ModelWeights.percentages(weights("0", "0")).values()).containsOnly(0.0);
	}

	@Test
	void refusesWeightsWithMoreDecimalsThanStored() {
		assertThat(ModelWeights.problem(weights("0.12345678901"))).contains("ranking.model.weights.tooPrecise");
		assertThat(ModelWeights.problem(weights("0.1234567890"))).isEmpty();
	}

}
