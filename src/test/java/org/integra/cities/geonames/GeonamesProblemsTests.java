package org.integra.cities.geonames;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GeonamesProblemsTests {

	@Test
	void readsBackWhatItWrote() {
		String stored = GeonamesProblems
			.write(List.of(new GeonamesProblem(3, "geonames.problem.notANumber", "population", "'x'"),
					new GeonamesProblem(0, "geonames.problem.zipTwoTexts")));
		assertThat(GeonamesProblems.read(stored)).satisfiesExactly((first) -> {
			assertThat(first.line()).isEqualTo(3);
			assertThat(first.messageKey()).isEqualTo("geonames.problem.notANumber");
			assertThat(first.arguments()).containsExactly("population", "'x'");
		}, (second) -> {
			assertThat(second.line()).isZero();
			assertThat(second.messageKey()).isEqualTo("geonames.problem.zipTwoTexts");
			assertThat(second.arguments()).isEmpty();
		});
	}

	@Test
	void readsAReportStoredWithKebabCaseKeysAsTodaysKeys() {
		String stored = "7\tgeonames.problem.not-utf8\n12\tgeonames.problem.out-of-range\tlatitude\t'91'\t-90\t90\n";
		assertThat(GeonamesProblems.read(stored)).extracting(GeonamesProblem::messageKey)
			.containsExactly("geonames.problem.notUtf8", "geonames.problem.outOfRange");
	}

}
