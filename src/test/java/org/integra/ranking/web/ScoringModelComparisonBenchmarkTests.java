package org.integra.ranking.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.integra.IntegraTest;
import org.integra.cities.TestCities;
import org.integra.ranking.CountryRule;
import org.integra.ranking.Criterion;
import org.integra.ranking.ScoringModel;
import org.integra.ranking.ScoringModelForm;
import org.integra.ranking.ScoringModelVersion;
import org.integra.ranking.ScoringModels;
import org.integra.ranking.engine.Method;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Times the comparison page and API on 50,000 cities (two versions of the public-data
 * model: size and port, then mostly port and Mercosur states only). Prints the latencies
 * of one client in a row through MockMvc (without its printing of each exchange);
 * excluded from the default run, run it with
 * {@code ./mvnw test -Dtest=ScoringModelComparisonBenchmarkTests -Dsurefire.excludedGroups=}.
 */
@Tag("benchmark")
@IntegraTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ScoringModelComparisonBenchmarkTests {

	static final int CITIES = 50_000;

	static final int RUNS = Integer.getInteger("compare.runs", 30);

	@Autowired
	TestCities testCities;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ScoringModels models;

	@Test
	void compares50000Cities() throws Exception {
		List<String> countries = this.jdbc.queryForList("select code from country order by code", String.class);
		SplittableRandom random = new SplittableRandom(2017);
		String[] ports = { "YES", "NO", "NEARBY", "INLAND_PORT", "NO" };
		List<TestCities.NewCity> rows = new ArrayList<>(CITIES);
		for (int i = 0; i < CITIES; i++) {
			rows.add(this.testCities.city("Synthetic " + i, countries.get(random.nextInt(countries.size())))
				.population((long) Math.exp(random.nextDouble(8, 16)))
				.seaport(ports[random.nextInt(ports.length)]));
		}
		this.testCities.createAll(rows);

		ScoringModel model = this.models.all()
			.stream()
			.filter((scoring) -> scoring.getName().startsWith("Interés en la zona Mercosur"))
			.findFirst()
			.orElseThrow();
		ScoringModelVersion first = this.models.current(model.getId());
		ScoringModelForm form = ScoringModelForm.of(model, first);
		Map<Long, BigDecimal> weights = new LinkedHashMap<>();
		for (Criterion criterion : this.models.weighableCriteria()) {
			weights.put(criterion.getId(), BigDecimal.valueOf("SEAPORT".equals(criterion.getCode()) ? 80
					: "POPULATION_TIER".equals(criterion.getCode()) ? 20 : 0));
		}
		form.setWeights(weights);
		form.setMethod(Method.TOPSIS);
		form.setCountryRule(CountryRule.MERCOSUR_STATES);
		ScoringModelVersion second = this.models.save(model.getId(), form, "admin");

		for (String path : new String[] { "/ranking/models/compare", "/api/v1/scoring-models/compare" }) {
			MockHttpServletRequestBuilder request = get(path).param("left", first.getId().toString())
				.param("right", second.getId().toString())
				.param("top", "50");
			for (int i = 0; i < 5; i++) {
				this.mvc.perform(request).andExpect(status().isOk());
			}
			double[] millis = new double[RUNS];
			for (int i = 0; i < RUNS; i++) {
				long start = System.nanoTime();
				this.mvc.perform(request).andExpect(status().isOk());
				millis[i] = (System.nanoTime() - start) / 1e6;
			}
			Arrays.sort(millis);
			System.out.printf("COMPARE-BENCHMARK %s cities=%d runs=%d p50=%.1fms p95=%.1fms max=%.1fms%n", path, CITIES,
					RUNS, millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1], millis[RUNS - 1]);
		}
	}

}
