package org.integra.outreach;

import java.util.List;
import java.util.Optional;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.system.DemoSeeds;
import org.integra.system.SearchText;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Assigns the Andean member cities named by the work plan (action 4: Medellín, Cuenca,
 * Lima and Puno) as mentors of the plan's candidate cities of their own countries, on the
 * first start, after {@link OutreachDemoData} has put the candidates in the pipeline.
 */
@Component
@ConditionalOnProperty(name = "integra.demo-data", havingValue = "true", matchIfMissing = true)
@Order(20)
class MentorDemoData implements ApplicationRunner {

	static final String NOTE = "Plan de trabajo 2017, acción 4";

	/** The plan's mentor cities as name and country. */
	static final List<List<String>> MENTORS = List.of(List.of("Medellín", "CO"), List.of("Cuenca", "EC"),
			List.of("Lima", "PE"), List.of("Puno", "PE"));

	private final DemoSeeds seeds;

	private final CityCatalog cities;

	private final Mentors mentors;

	private final CandidateRepository candidates;

	MentorDemoData(DemoSeeds seeds, CityCatalog cities, Mentors mentors, CandidateRepository candidates) {
		this.seeds = seeds;
		this.cities = cities;
		this.mentors = mentors;
		this.candidates = candidates;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.seeds.loadOnce("outreach-mentors", () -> {
			List<CitySummary> members = this.cities.memberCities();
			List<CitySummary> plan = this.cities.candidateCities();
			for (List<String> mentor : MENTORS) {
				find(members, mentor.get(0), mentor.get(1)).ifPresent((city) -> plan.stream()
					.filter((candidate) -> city.countryCode().equals(candidate.countryCode()))
					.filter((candidate) -> this.candidates.findByCityId(candidate.id()).isPresent())
					.forEach((candidate) -> this.mentors.assign(candidate.id(), city.id(), NOTE, "system")));
			}
		});
	}

	static Optional<CitySummary> find(List<CitySummary> cities, String name, String countryCode) {
		String folded = SearchText.normalize(name);
		return cities.stream()
			.filter((city) -> countryCode.equals(city.countryCode())
					&& folded.equals(SearchText.normalize(city.name())))
			.findFirst();
	}

}
