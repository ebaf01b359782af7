package org.integra.outreach;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.integra.cities.CityCatalog;
import org.integra.cities.CityPoint;
import org.integra.cities.CitySummary;
import org.integra.ranking.CityFacts;
import org.integra.ranking.ThematicUnitCatalog;
import org.integra.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the coordinator needs to assign mentors: ranked suggestions for a candidate and
 * every mentor city's activity.
 */
@Service
@Transactional(readOnly = true)
public class MentorDesk {

	private final Mentors mentors;

	private final Pipeline pipeline;

	private final CandidateRepository candidates;

	private final Interactions interactions;

	private final CityCatalog cities;

	private final CityFacts facts;

	private final ThematicUnitCatalog units;

	private final Clock clock;

	MentorDesk(Mentors mentors, Pipeline pipeline, CandidateRepository candidates, Interactions interactions,
			CityCatalog cities, CityFacts facts, ThematicUnitCatalog units, Clock clock) {
		this.mentors = mentors;
		this.pipeline = pipeline;
		this.candidates = candidates;
		this.interactions = interactions;
		this.cities = cities;
		this.facts = facts;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * The member cities ranked as mentors of a candidate, the assigned ones marked.
	 * @throws NotFoundException when the city is not a candidate the user may see
	 */
	public List<MentorSuggestions.Suggestion> suggestionsFor(long candidateCityId) {
		this.pipeline.candidate(candidateCityId)
			.orElseThrow(() -> new NotFoundException("outreach.candidate.notFound", candidateCityId));
		CitySummary city = this.cities.find(candidateCityId)
			.orElseThrow(() -> new NotFoundException("outreach.candidate.notFound", candidateCityId));
		List<CitySummary> members = this.cities.memberCities();
		Set<Long> ids = new HashSet<>();
		ids.add(candidateCityId);
		members.forEach((member) -> ids.add(member.id()));
		Map<Long, CityPoint> points = this.cities.points(ids)
			.stream()
			.collect(Collectors.toMap(CityPoint::id, Function.identity()));
		List<MentorSuggestions.Place> places = new ArrayList<>();
		for (CitySummary member : members) {
			places.add(place(member, points.get(member.id())));
		}
		return MentorSuggestions.rank(place(city, points.get(candidateCityId)), places,
				this.mentors.mentorCityIdsOf(candidateCityId));
	}

	/** The thematic units' names in a language, by id. */
	public Map<Long, String> unitNames(Locale locale) {
		return this.units.names(locale);
	}

	/** Every mentor city's activity, with quiet mentors marked. */
	public List<MentorActivity.Mentor> activity() {
		List<MentorActivity.Pair> pairs = this.mentors.all()
			.stream()
			.sorted(java.util.Comparator.comparing(MentorAssignment::getAssignedAt)
				.thenComparing(MentorAssignment::getId))
			.map(MentorActivity.Pair::of)
			.toList();
		List<ChannelMatrix.Use> uses = this.interactions.all().stream().map(ChannelMatrix.Use::of).toList();
		return MentorActivity.of(pairs, uses, today());
	}

	/** The stage of each of the candidates that is in the pipeline. */
	public Map<Long, Stage> stages(Collection<Long> candidateCityIds) {
		Map<Long, Stage> stages = new HashMap<>();
		for (Long id : candidateCityIds) {
			this.candidates.findByCityId(id).ifPresent((candidate) -> stages.put(id, candidate.getStage()));
		}
		return stages;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private MentorSuggestions.Place place(CitySummary city, CityPoint point) {
		Optional<CityPoint> located = Optional.ofNullable(point);
		return new MentorSuggestions.Place(city.id(), city.name(), city.countryCode(),
				located.map(CityPoint::latitude).map(BigDecimal::doubleValue).orElse(null),
				located.map(CityPoint::longitude).map(BigDecimal::doubleValue).orElse(null),
				new HashSet<>(this.facts.priorities(city.id())));
	}

}
