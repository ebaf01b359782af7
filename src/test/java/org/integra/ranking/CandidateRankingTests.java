package org.integra.ranking;

import java.math.BigDecimal;
import java.util.Map;

import org.integra.IntegraTest;
import org.integra.cities.NetworkRelation;
import org.integra.cities.TestCities;
import org.integra.ranking.engine.RankedAlternative;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegraTest
class CandidateRankingTests {

	@Autowired
	ScoringModels models;

	@Autowired
	CandidateRanking ranking;

	@Autowired
	RankingData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestCities testCities;

	@Autowired
	CacheManager caches;

	@Autowired
	RankingCache rankingCache;

	private ScoringModel model(String name) {
		return this.models.all().stream().filter((model) -> model.getName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void demoModelsHoldThePlansCriteriaWithWeightsAddingUpToOneHundred() {
		ScoringModelVersion plan = this.models.current(model("Plan 2017 — acción 1").getId());
		assertThat(plan.getWeights()).hasSize(5);
		assertThat(plan.getWeights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo("100");
		assertThat(plan.getEligibility()).isEqualTo(EligibilityRules.STATUTE);
		assertThat(plan.getCreatedBy()).isEqualTo("system");
	}

	@Test
	void ranksEligibleCitiesOnlyAndLeavesMembersOut() {
		ScoringModelVersion version = this.models
			.current(model("Interés en la zona Mercosur (datos públicos)").getId());
		int before = this.ranking.rank(version).ineligible();
		long member = this.testCities.city(TestCities.unique("Miembro"), "BR")
			.population(900_000L)
			.relation("MEMBER")
			.create();
		long eligible = this.testCities.city(TestCities.unique("Elegible"), "BR").population(900_000L).create();
		RankingView view = this.ranking.rank(version);
		assertThat(view.ineligible()).isEqualTo(before + 1);
		assertThat(view.rowOf(member)).isEmpty();
		assertThat(view.rowOf(eligible)).isPresent();
		for (RankedAlternative row : view.result().ranked()) {
			assertThat(view.city(row).relation()).isNotEqualTo(NetworkRelation.MEMBER);
		}
		RankedAlternative first = view.result().ranked().get(0);
		assertThat(first.rank()).isEqualTo(1);
		assertThat(first.contributions()).hasSize(2);
		assertThat(first.score()).isGreaterThanOrEqualTo(view.result().ranked().get(1).score());
	}

	@Test
	void citiesWithoutBudgetOrStrategyAreIncompleteUnderThePlanModel() {
		long withoutStrategy = this.testCities.city(TestCities.unique("Sin estrategia"), "BR")
			.population(250_000L)
			.create();
		ScoringModelVersion version = this.models.current(model("Plan 2017 — acción 1").getId());
		RankingView view = this.ranking.rank(version);
		Criterion internationalisation = this.data.activeCriteria()
			.stream()
			.filter((criterion) -> criterion.getCode().equals("INTERNATIONALISATION"))
			.findFirst()
			.orElseThrow();
		assertThat(view.result().incomplete())
			.filteredOn((city) -> city.alternativeId().equals(Long.toString(withoutStrategy)))
			.singleElement()
			.satisfies(
					(city) -> assertThat(city.missingCriterionIds()).contains(internationalisation.getId().toString()));
	}

	@Test
	void otherWeightsReRankWithoutChangingTheModel() {
		ScoringModelVersion version = this.models
			.current(model("Interés en la zona Mercosur (datos públicos)").getId());
		Map<Long, Double> weights = CandidateRanking.modelWeights(version);
		Long seaport = weights.keySet()
			.stream()
			.filter((id) -> this.data.criterion(id).getCode().equals("SEAPORT"))
			.findFirst()
			.orElseThrow();
		weights.put(seaport, 0.0);
		RankingView view = this.ranking.rank(version, weights);
		assertThat(view.criteria()).hasSize(1);
		assertThat(view.modelWeights()).isFalse();
		assertThat(this.ranking.rank(version).modelWeights()).isTrue();
		weights.replaceAll((id, weight) -> 0.0);
		assertThatThrownBy(() -> this.ranking.rank(version, weights)).hasMessage("ranking.model.weights.allZero");
	}

	@Test
	void enteringAValueIsSeenByTheNextRanking() {
		ScoringModelVersion version = this.models
			.current(model("Interés en la zona Mercosur (datos públicos)").getId());
		long cityId = this.testCities.city(TestCities.unique("Pequeña"), "BR").population(1_000L).create();
		assertThat(this.ranking.rank(version).rowOf(cityId).orElseThrow().rank()).isGreaterThan(1);
		this.jdbc
			.sql("update city set population = 5000000, seaport = 'YES', updated_at = current_timestamp where id = ?")
			.param(cityId)
			.update();
		RankingView after = this.ranking.rank(version);
		assertThat(after.rowOf(cityId).orElseThrow().rank()).isEqualTo(1);
	}

	@Test
	void savingAModelAddsAVersionWithTheWeightsAsGiven() {
		ScoringModelForm form = new ScoringModelForm();
		form.setName("Prueba de versiones " + System.nanoTime());
		Long tier = this.models.weighableCriteria().get(0).getId();
		Long seaport = this.models.weighableCriteria().get(1).getId();
		form.setWeights(new java.util.LinkedHashMap<>(Map.of(tier, new BigDecimal("1"), seaport, new BigDecimal("2"))));
		ScoringModel model = this.models.create(form, "coordinacion");
		ScoringModelVersion first = this.models.current(model.getId());
		assertThat(first.getNumber()).isEqualTo(1);
		assertThat(first.weightOf(tier)).isEqualByComparingTo("1");
		assertThat(first.weightOf(seaport)).isEqualByComparingTo("2");
		assertThat(first.getPercentWeights().get(tier)).isEqualByComparingTo("33.33");
		assertThat(first.getPercentWeights().get(seaport)).isEqualByComparingTo("66.67");

		ScoringModelForm edit = ScoringModelForm.of(this.models.get(model.getId()), first);
		edit.setWeights(new java.util.LinkedHashMap<>(Map.of(tier, new BigDecimal("3"), seaport, BigDecimal.ZERO)));
		ScoringModelVersion second = this.models.save(model.getId(), edit, "admin");
		assertThat(second.getNumber()).isEqualTo(2);
		assertThat(second.getCreatedBy()).isEqualTo("admin");
		assertThat(second.weightOf(tier)).isEqualByComparingTo("3");
		assertThat(second.getPercentWeights().get(tier)).isEqualByComparingTo("100");
		assertThat(this.models.versions(model.getId())).extracting(ScoringModelVersion::getNumber)
			.containsExactly(2, 1);
		assertThat(this.models.version(model.getId(), 1).weightOf(tier)).isEqualByComparingTo("1");
		assertThatThrownBy(() -> this.models.save(model.getId(), edit, "admin"))
			.isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
	}

	@Test
	void robustnessGivesTopProbabilitiesFromTenThousandSamples() {
		ScoringModelVersion version = this.models
			.current(model("Interés en la zona Mercosur (datos públicos)").getId());
		RobustnessView robustness = this.ranking.robustness(version, CandidateRanking.modelWeights(version), 3, 10);
		assertThat(robustness.samples()).isGreaterThanOrEqualTo(10_000);
		assertThat(robustness.intervals()).hasSize(2);
		double sum = robustness.probabilities().values().stream().mapToDouble(Double::doubleValue).sum();
		assertThat(sum).isCloseTo(3.0, org.assertj.core.data.Offset.offset(1e-9));
		assertThatThrownBy(() -> this.ranking.robustness(version, CandidateRanking.modelWeights(version), 0, 10))
			.hasMessage("ranking.robustness.top.invalid");
	}

	@Test
	void theSnapshotIsKeptInACaffeineCacheUntilTheRankingDataChange() {
		assertThat(this.caches).isInstanceOf(CaffeineCacheManager.class);
		assertThat(this.caches.getCache(RankingCacheConfiguration.SNAPSHOTS).getNativeCache())
			.isInstanceOf(com.github.benmanes.caffeine.cache.Cache.class);
		RankingSnapshot first = this.rankingCache.snapshot();
		assertThat(this.rankingCache.snapshot()).isSameAs(first);
		RankingChanges.changed();
		RankingSnapshot second = this.rankingCache.snapshot();
		assertThat(second).isNotSameAs(first);
		assertThat(this.caches.getCache(RankingCacheConfiguration.SNAPSHOTS).get(first.fingerprint)).isNull();
	}

}
