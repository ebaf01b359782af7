package org.integra.outreach;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.integra.IntegraTest;
import org.integra.cities.TestCities;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standings read every candidate's latest interest in one query: the interest of the
 * newest interaction (by date, then by order of recording), none without interactions.
 */
@IntegraTest
class CandidateStandingsTests {

	@Autowired
	TestCities testCities;

	@Autowired
	Pipeline pipeline;

	@Autowired
	CandidateOutreach outreach;

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void eachCandidateHasTheInterestOfItsNewestInteraction() {
		long cooling = candidate();
		long warming = candidate();
		long sameDay = candidate();
		long silent = candidate();
		log(cooling, LocalDate.of(2017, 3, 1), InterestLevel.HIGH);
		log(cooling, LocalDate.of(2017, 5, 1), InterestLevel.LOW);
		log(warming, LocalDate.of(2017, 5, 1), InterestLevel.HIGH);
		log(warming, LocalDate.of(2017, 3, 1), InterestLevel.LOW);
		log(sameDay, LocalDate.of(2017, 4, 1), InterestLevel.LOW);
		log(sameDay, LocalDate.of(2017, 4, 1), InterestLevel.MEDIUM);

		Map<Long, InterestLevel> latest = this.outreach.standings()
			.stream()
			.collect(Collectors.toMap(CandidateStanding::cityId, CandidateStanding::latestInterest));

		assertThat(latest).containsEntry(cooling, InterestLevel.LOW)
			.containsEntry(warming, InterestLevel.HIGH)
			.containsEntry(sameDay, InterestLevel.MEDIUM)
			.containsEntry(silent, InterestLevel.NONE);
		assertThat(latest.get(cooling)).isEqualTo(this.outreach.latestInterest(cooling));
		assertThat(latest.get(sameDay)).isEqualTo(this.outreach.latestInterest(sameDay));
	}

	private long candidate() {
		long city = this.testCities.create(TestCities.unique("Candidata"), "PE");
		this.pipeline.identify(city, "test", "admin");
		return city;
	}

	private void log(long city, LocalDate on, InterestLevel interest) {
		this.outreach.log(new InteractionDraft(city, on, InteractionKind.CALL, Channel.DIRECT_FROM_LA_PAZ, null, null,
				null, "Llamada", null, interest, null, null, null), "admin");
	}

}
