package org.integra.outreach;

import java.util.List;
import java.util.Set;

import org.integra.IntegraTest;
import org.integra.cities.CityCatalog;
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

	/**
	 * The candidates the demo data gave a member city to mentor (assigned by the system,
	 * not by a test), by name.
	 */
	private List<String> planCandidatesOf(String mentor) {
		long city = member(mentor);
		return this.mentors.all()
			.stream()
			.filter((assignment) -> assignment.getMentorCityId() == city && "system".equals(assignment.getAssignedBy()))
			.map((assignment) -> this.cities.find(assignment.getCandidateCityId()).orElseThrow().name())
			.toList();
	}

	@Test
	void medellinMentorsExactlyTheColombianCandidates() {
		assertThat(planCandidatesOf("Medellín")).containsExactlyInAnyOrderElementsOf(PLAN_COLOMBIA);
	}

	@Test
	void cuencaLimaAndPunoMentorTheCandidatesOfTheirCountries() {
		assertThat(planCandidatesOf("Cuenca")).containsExactlyInAnyOrderElementsOf(PLAN_ECUADOR);
		assertThat(planCandidatesOf("Lima")).containsExactlyInAnyOrderElementsOf(PLAN_PERU);
		assertThat(planCandidatesOf("Puno")).containsExactlyInAnyOrderElementsOf(PLAN_PERU);
		assertThat(this.mentors.all()).filteredOn((assignment) -> "system".equals(assignment.getAssignedBy()))
			.hasSize(PLAN_COLOMBIA.size() + PLAN_ECUADOR.size() + 2 * PLAN_PERU.size())
			.allSatisfy((assignment) -> assertThat(assignment.getNote()).isEqualTo(MentorDemoData.NOTE));
	}

}
