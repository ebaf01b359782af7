package org.integra.ranking;

import java.util.List;

import org.integra.ranking.engine.Alternative;
import org.integra.ranking.engine.Method;
import org.integra.ranking.engine.RankingEngine;
import org.integra.ranking.engine.RankingResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticCitiesTests {

	@Test
	void generatesReproduciblePlausibleCities() {
		List<Alternative> cities = SyntheticCities.cities(500, 10, 4);

		assertThat(cities).hasSize(500);
		assertThat(cities).isEqualTo(SyntheticCities.cities(500, 10, 4));
		assertThat(cities).allSatisfy((city) -> {
			double[] v = city.values();
			assertThat(v[0]).isPositive();
			assertThat(v[1]).isIn(0.0, 1.0);
			assertThat(v[3]).isBetween(0.0, 1.0);
			assertThat(v[7]).isBetween(1.0, 5.0);
		});
	}

	@Test
	void missingValuesLeaveCitiesOutOfTheRanking() {
		RankingResult result = RankingEngine.rank(SyntheticCities.criteria(8), SyntheticCities.cities(1000, 8, 0.05, 9),
				Method.TOPSIS);

		assertThat(result.incomplete()).isNotEmpty();
		assertThat(result.ranked().size() + result.incomplete().size()).isEqualTo(1000);
	}

}
