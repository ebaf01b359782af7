package org.integra.ranking.web;

import java.util.HashMap;
import java.util.Map;

import org.integra.HostileInputs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RankingParamsTests {

	private static RankingParams.Parsed parse(String... pairs) {
		Map<String, String> params = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			params.put(pairs[i], pairs[i + 1]);
		}
		return RankingParams.parse(params, 10, 10);
	}

	@Test
	void noParametersMeanTheDefaults() {
		RankingParams.Parsed parsed = parse();
		assertThat(parsed.modelId()).isEmpty();
		assertThat(parsed.weights()).isEmpty();
		assertThat(parsed.page()).isEqualTo(1);
		assertThat(parsed.size()).isEqualTo(50);
		assertThat(parsed.country()).isNull();
		assertThat(parsed.top()).isEqualTo(10);
		assertThat(parsed.spread()).isEqualTo(10);
		assertThat(parsed.problems()).isEmpty();
	}

	@Test
	void readsModelWeightsPageCountryTopAndSpread() {
		RankingParams.Parsed parsed = parse("model", "3", "w1", "25", "w2", "12,5", "page", "2", "country", "br", "top",
				"20", "spread", "5.5", "size", "500", "other", "x");
		assertThat(parsed.modelId()).contains(3L);
		assertThat(parsed.weights().orElseThrow()).containsEntry(1L, 25.0).containsEntry(2L, 12.5);
		assertThat(parsed.page()).isEqualTo(2);
		assertThat(parsed.size()).isEqualTo(500);
		assertThat(parsed.country()).isEqualTo("BR");
		assertThat(parsed.top()).isEqualTo(20);
		assertThat(parsed.spread()).isEqualTo(5.5);
		assertThat(parsed.problems()).isEmpty();
	}

	@Test
	void badValuesFallBackToTheDefaultsWithAProblemEach() {
		RankingParams.Parsed parsed = parse("model", "-1", "w1", "-5", "w2", "30", "page", "0", "country", "Brasil",
				"top", "100000", "spread", "NaN", "size", "501");
		assertThat(parsed.modelId()).isEmpty();
		assertThat(parsed.weights()).as("one bad weight discards them all").isEmpty();
		assertThat(parsed.page()).isEqualTo(1);
		assertThat(parsed.country()).isNull();
		assertThat(parsed.top()).isEqualTo(10);
		assertThat(parsed.spread()).isEqualTo(10);
		assertThat(parsed.size()).isEqualTo(50);
		assertThat(parsed.problems()).extracting(RankingParams.Problem::parameter)
			.containsExactlyInAnyOrder("model", "w", "page", "country", "top", "spread", "size");
	}

	@Test
	void hostileValuesAreProblemsNotErrors() {
		for (String hostile : HostileInputs.ALL) {
			RankingParams.Parsed parsed = parse("model", hostile, "w1", hostile, "page", hostile, "country", hostile,
					"top", hostile, "spread", hostile);
			assertThat(parsed.weights()).isEmpty();
			assertThat(parsed.page()).isEqualTo(1);
		}
		assertThat(parse("w1", "101").hasProblems()).isTrue();
		assertThat(parse("w1", "1e308").hasProblems()).isTrue();
		assertThat(parse("w99999999999999999999", "5").hasProblems()).isFalse();
	}

}
