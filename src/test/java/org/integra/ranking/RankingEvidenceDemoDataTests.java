package org.integra.ranking;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.integra.IntegraTest;
import org.integra.ranking.engine.IncompleteAlternative;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegraTest
class RankingEvidenceDemoDataTests {

	@Autowired
	ScoringModels models;

	@Autowired
	CandidateRanking ranking;

	@Autowired
	RankingData data;

	@Autowired
	CriterionRepository criteria;

	@Autowired
	JdbcClient jdbc;

	private long city(String name) {
		return this.jdbc.sql("select id from city where name = ?").param(name).query(Long.class).single();
	}

	private CityCriterionValue value(String city, String code) {
		return this.data.profile(city(city))
			.values()
			.stream()
			.filter((v) -> v.criterion().getCode().equals(code))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void valuesFollowTheRubricAndCarryTheirSources() {
		CityCriterionValue bogota = value("Bogotá", "MUNICIPAL_BUDGET");
		assertThat(bogota.value()).isEqualByComparingTo("6370721789");
		assertThat(bogota.evidence().getSource())
			.isEqualTo("https://republicanaradio.com/ultimas-noticias/asi-se-invertira-presupuesto-bogota-2017");
		assertThat(bogota.evidence().getNote()).contains("18800000000000 COP", "2951");
		assertThat(value("Quito", "MUNICIPAL_BUDGET").value()).isEqualByComparingTo("1359000000");

		assertThat(value("Bogotá", "INTERNATIONALISATION").value()).isEqualByComparingTo("3");
		assertThat(value("Cali", "INTERNATIONALISATION").value()).isEqualByComparingTo("2");
		assertThat(value("Ciudad de Panamá", "INTERNATIONALISATION").value()).isEqualByComparingTo("3");
		assertThat(value("Barranquilla", "INTERNATIONALISATION").value()).isEqualByComparingTo("1");
		assertThat(value("Barranquilla", "INTERNATIONALISATION").evidence().getSource()).startsWith("https://");
		// nothing found about Guayaquil's strategy: empty, not "none"
		assertThat(value("Guayaquil", "INTERNATIONALISATION").present()).isFalse();

		assertThat(this.data.sectorSource(city("Cali"))).hasValueSatisfying((source) -> {
			assertThat(source.partial()).isTrue();
			assertThat(source.source()).startsWith("https://");
		});
		assertThat(this.data.sectorSource(city("Bogotá"))).hasValueSatisfying((source) -> {
			assertThat(source.partial()).isFalse();
		});
		assertThat(this.data.sectors(city("Bogotá"))).hasSize(7);
		// Bogotá's health sector has no unit: not every sector is covered
		assertThat(value("Bogotá", "THEMATIC_OVERLAP").value()).isLessThan(new java.math.BigDecimal("100"));
	}

	@Test
	void thePlanModelRanksTheCitiesWithCompleteEvidenceAndListsWhatTheOthersLack() {
		ScoringModel plan = this.models.all()
			.stream()
			.filter((model) -> model.getName().equals("Plan 2017 — acción 1"))
			.findFirst()
			.orElseThrow();
		RankingView view = this.ranking.rank(this.models.current(plan.getId()));
		Set<String> ranked = view.result()
			.ranked()
			.stream()
			.map((row) -> view.city(row).name())
			.collect(Collectors.toSet());
		assertThat(ranked).contains("Bogotá", "Quito", "Cali", "Barranquilla", "Cartagena de Indias",
				"Ciudad de Panamá");
		Map<String, List<String>> missing = view.result()
			.incomplete()
			.stream()
			.collect(Collectors.toMap(IncompleteAlternative::label, IncompleteAlternative::missingCriterionIds));
		String internationalisation = this.criteria.findByCodeIgnoreCase("INTERNATIONALISATION")
			.orElseThrow()
			.getId()
			.toString();
		String overlap = this.criteria.findByCodeIgnoreCase("THEMATIC_OVERLAP").orElseThrow().getId().toString();
		String fee = this.criteria.findByCodeIgnoreCase("FEE_TO_BUDGET").orElseThrow().getId().toString();
		assertThat(missing.get("Guayaquil")).contains(internationalisation, overlap).doesNotContain(fee);
		assertThat(missing.get("Trujillo")).contains(fee).doesNotContain(internationalisation, overlap);
		assertThat(missing.get("Tacna")).contains(internationalisation, overlap, fee);
	}

}
