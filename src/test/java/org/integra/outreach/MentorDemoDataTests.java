package org.integra.outreach;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.integra.IntegraTest;
import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegraTest
class MentorDemoDataTests {

	static final Set<String> PLAN_COLOMBIA = Set.of("Bogotá", "Cali", "Manizales", "Cartagena de Indias",
			"Barranquilla", "Pasto", "Santa Marta");

	static final Set<String> PLAN_PERU = Set.of("Cusco", "Arequipa", "Tacna", "Trujillo");

	static final Set<String> PLAN_ECUADOR = Set.of("Quito", "Guayaquil", "Manta");

	@Autowired
	Mentors mentors;

	@Autowired
	CityCatalog cities;

	private long member(String name) {
		return this.cities.memberCities()
			.stream()
			.filter((city) -> city.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

	/** The plan's candidates a member city mentors, by name. */
	private Set<String> planCandidatesOf(String mentor) {
		Map<Long, String> names = this.cities.candidateCities()
			.stream()
			.collect(Collectors.toMap(CitySummary::id, CitySummary::name));
		return this.mentors.candidatesOf(member(mentor))
			.stream()
			.map(names::get)
			.filter((name) -> name != null)
			.collect(Collectors.toSet());
	}

	@Test
	void medellinMentorsExactlyTheColombianCandidates() {
		Set<String> mentored = planCandidatesOf("Medellín");
		assertThat(mentored).containsAll(PLAN_COLOMBIA).doesNotContainAnyElementsOf(PLAN_PERU);
		assertThat(this.mentors.candidatesOf(member("Medellín")))
			.allSatisfy((id) -> assertThat(this.cities.find(id).orElseThrow().countryCode()).isEqualTo("CO"));
	}

	@Test
	void cuencaLimaAndPunoMentorTheCandidatesOfTheirCountries() {
		assertThat(planCandidatesOf("Cuenca")).containsAll(PLAN_ECUADOR).doesNotContainAnyElementsOf(PLAN_COLOMBIA);
		assertThat(planCandidatesOf("Lima")).containsAll(PLAN_PERU).doesNotContainAnyElementsOf(PLAN_ECUADOR);
		assertThat(planCandidatesOf("Puno")).containsAll(PLAN_PERU).doesNotContainAnyElementsOf(PLAN_COLOMBIA);
		long medellin = member("Medellín");
		assertThat(this.mentors.all()).filteredOn((a) -> a.getMentorCityId() == medellin)
			.allSatisfy((a) -> assertThat(a.getNote()).isEqualTo("Plan de trabajo 2017, acción 4"));
	}

}
