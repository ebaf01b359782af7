package org.integra.ranking.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.integra.ranking.CandidateRanking;
import org.integra.ranking.CountryRule;
import org.integra.ranking.Criteria;
import org.integra.ranking.Criterion;
import org.integra.ranking.CriterionForm;
import org.integra.ranking.CriterionRepository;
import org.integra.ranking.RankingData;
import org.integra.ranking.ScoringModel;
import org.integra.ranking.ScoringModelForm;
import org.integra.ranking.ScoringModels;
import org.integra.ranking.ValueEntry;
import org.integra.ranking.engine.Method;

import org.springframework.context.ApplicationContext;

/**
 * Test data whose order certainly changes with the weights: two typed criteria and a
 * model weighing them 60/40, with values for three eligible cities such that the model's
 * order is first, second, third and weighing only the second criterion reverses it.
 * Created once per database; later calls find it.
 */
final class RankingOrderFixture {

	static final String MODEL = "Zz orden de prueba";

	static final String TOPSIS_MODEL = "Zz orden de prueba (TOPSIS)";

	/**
	 * The fixture.
	 *
	 * @param modelId the model
	 * @param versionId its current version
	 * @param criterionA weighs 60 in the model
	 * @param criterionB weighs 40 in the model
	 * @param cities the three cities, in the model's order
	 */
	record Data(long modelId, long versionId, long criterionA, long criterionB, List<Long> cities, long topsisModelId) {
	}

	private RankingOrderFixture() {
	}

	static synchronized Data ensure(ApplicationContext context) {
		ScoringModels models = context.getBean(ScoringModels.class);
		CriterionRepository stored = context.getBean(CriterionRepository.class);
		Criteria criteria = context.getBean(Criteria.class);
		RankingData data = context.getBean(RankingData.class);
		CandidateRanking ranking = context.getBean(CandidateRanking.class);
		Criterion a = stored.findByCodeIgnoreCase("ZZ_ORDER_A")
			.orElseGet(() -> criteria.create(form("ZZ_ORDER_A", "Orden A", "Ordem A", "Order A")));
		Criterion b = stored.findByCodeIgnoreCase("ZZ_ORDER_B")
			.orElseGet(() -> criteria.create(form("ZZ_ORDER_B", "Orden B", "Ordem B", "Order B")));
		ScoringModel model = model(models, MODEL, Method.WEIGHTED_SUM, a, b);
		ScoringModel topsis = model(models, TOPSIS_MODEL, Method.TOPSIS, a, b);
		// three eligible cities: the first three of the demo model built on public data
		List<Long> cities = ranking.rank(models.current(publicDataModel(models).getId()))
			.result()
			.ranked()
			.stream()
			.limit(3)
			.map((row) -> Long.parseLong(row.alternativeId()))
			.toList();
		double[][] values = { { 10, 1 }, { 6, 3 }, { 1, 10 } };
		for (int i = 0; i < 3; i++) {
			enter(data, cities.get(i), a, values[i][0]);
			enter(data, cities.get(i), b, values[i][1]);
		}
		return new Data(model.getId(), models.current(model.getId()).getId(), a.getId(), b.getId(), cities,
				topsis.getId());
	}

	/** The demo model that ranks the plan's candidates on public data (size and port). */
	static ScoringModel publicDataModel(ScoringModels models) {
		return models.all()
			.stream()
			.filter((model) -> model.getName().startsWith("Interés en la zona Mercosur"))
			.findFirst()
			.orElseThrow();
	}

	private static ScoringModel model(ScoringModels models, String name, Method method, Criterion a, Criterion b) {
		return models.all().stream().filter((m) -> m.getName().equals(name)).findFirst().orElseGet(() -> {
			ScoringModelForm form = new ScoringModelForm();
			form.setName(name);
			form.setMethod(method);
			form.setExcludeMembers(true);
			form.setCountryRule(CountryRule.STATUTE);
			Map<Long, BigDecimal> weights = new LinkedHashMap<>();
			weights.put(a.getId(), BigDecimal.valueOf(60));
			weights.put(b.getId(), BigDecimal.valueOf(40));
			form.setWeights(weights);
			return models.create(form, "test");
		});
	}

	private static void enter(RankingData data, long city, Criterion criterion, double value) {
		data.enter(city, criterion,
				new ValueEntry(Double.toString(value), "test fixture", LocalDate.of(2026, 1, 1), null), "test");
	}

	private static CriterionForm form(String code, String es, String pt, String en) {
		CriterionForm form = new CriterionForm();
		form.setCode(code);
		form.setNameEs(es);
		form.setNamePt(pt);
		form.setNameEn(en);
		return form;
	}

}
