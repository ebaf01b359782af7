package org.integra.ranking;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceRubricTests {

	private static EvidenceRubric.Fact fact(String kind, String value) {
		return new EvidenceRubric.Fact(kind, value, "", "2017", "https://example.org", "");
	}

	@Test
	void colombianBudgetsAreConvertedAtTheRateAndDollarsKept() {
		assertThat(EvidenceRubric.budgetInUsd(new BigDecimal("18800000000000"), "COP", new BigDecimal("2951")))
			.contains(new BigDecimal("6370721789"));
		assertThat(EvidenceRubric.budgetInUsd(new BigDecimal("1359000000"), "USD", null))
			.contains(new BigDecimal("1359000000"));
		assertThat(EvidenceRubric.budgetInUsd(BigDecimal.TEN, "COP", null)).isEmpty();
		assertThat(EvidenceRubric.budgetInUsd(BigDecimal.TEN, "PEN", BigDecimal.ONE)).isEmpty();
	}

	@Test
	void internationalisationFollowsTheRubric() {
		EvidenceRubric.Fact office = fact("INTERNATIONAL_OFFICE", "Dirección de Relaciones Internacionales");
		EvidenceRubric.Fact network = fact("NETWORK", "UCCI");
		EvidenceRubric.Fact programme = fact("PROGRAMME", "IDB Emerging and Sustainable Cities");
		assertThat(EvidenceRubric.internationalisation(List.of(office, network))).hasValue(3);
		assertThat(EvidenceRubric.internationalisation(List.of(office, programme))).hasValue(2);
		assertThat(EvidenceRubric.internationalisation(List.of(network))).hasValue(2);
		assertThat(EvidenceRubric.internationalisation(List.of(programme))).hasValue(1);
		// nothing found is not "none"
		assertThat(EvidenceRubric.internationalisation(List.of(fact("MUNICIPAL_BUDGET", "1")))).isEmpty();
	}

	@Test
	void aResilienceOfficeCountsOnlyWhenItLiaisesWithInternationalPartners() {
		EvidenceRubric.Fact liaison = fact("INTERNATIONAL_OFFICE",
				"Oficina de Resiliencia (liaison with international partners)");
		EvidenceRubric.Fact notAnOffice = fact("INTERNATIONAL_OFFICE",
				"Oficina de Resiliencia (not an international-relations office)");
		EvidenceRubric.Fact network = fact("NETWORK", "100 Resilient Cities");
		assertThat(EvidenceRubric.internationalisation(List.of(liaison, network))).hasValue(3);
		assertThat(EvidenceRubric.internationalisation(List.of(notAnOffice, network))).hasValue(2);
	}

	@Test
	void sectorsAreReadFromThePlansNoteMarkedPartialWhereItSaysSo() {
		assertThat(EvidenceRubric.sectors("sectors: MOBILITY EDUCATION HEALTH"))
			.contains(new EvidenceRubric.Sectors(List.of("MOBILITY", "EDUCATION", "HEALTH"), false));
		assertThat(EvidenceRubric.sectors("sectors (partial: first axis only): CHILDHOOD YOUTH OLDER"))
			.contains(new EvidenceRubric.Sectors(List.of("CHILDHOOD", "YOUTH", "OLDER"), true));
		assertThat(EvidenceRubric.sectors("sectors (partial): PUBLIC_SERVICES")).hasValueSatisfying((s) -> {
			assertThat(s.partial()).isTrue();
		});
		assertThat(EvidenceRubric.sectors("approved; no sectors here")).isEmpty();
		assertThat(EvidenceRubric.sectors(null)).isEmpty();
	}

}
