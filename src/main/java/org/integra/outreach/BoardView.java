package org.integra.outreach;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.outreach.Board.Card;
import org.integra.outreach.Board.Column;
import org.integra.outreach.Board.NextTask;
import org.integra.ranking.Shortlist;
import org.integra.system.OpenTasks;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Reads the {@link Board}: every card's city, score, mentors, next task and targets with
 * a fixed number of queries, however many candidates there are.
 */
@Component
public class BoardView {

	private final Pipeline pipeline;

	private final CityCatalog cities;

	private final Shortlist shortlist;

	private final Mentors mentors;

	private final Interactions interactions;

	private final OpenTasks openTasks;

	private final Clock clock;

	BoardView(Pipeline pipeline, CityCatalog cities, Shortlist shortlist, Mentors mentors, Interactions interactions,
			OpenTasks openTasks, Clock clock) {
		this.pipeline = pipeline;
		this.cities = cities;
		this.shortlist = shortlist;
		this.mentors = mentors;
		this.interactions = interactions;
		this.openTasks = openTasks;
		this.clock = clock;
	}

	/** The board of the candidates this user may see, with the moves they may make. */
	public Board board(OutreachPolicy policy) {
		List<Candidate> candidates = this.pipeline.candidates(null, Pageable.unpaged()).getContent();
		List<Long> cityIds = candidates.stream().map(Candidate::getCityId).toList();
		Map<Long, List<MentorAssignment>> mentorsByCity = this.mentors.mentorsOfAll(cityIds);
		Set<Long> named = new HashSet<>(cityIds);
		mentorsByCity.values().forEach((list) -> list.forEach((m) -> named.add(m.getMentorCityId())));
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, NextTask> nextTasks = new HashMap<>();
		this.openTasks.nextByCity(cityIds)
			.ifPresentOrElse((tasks) -> tasks.forEach((cityId, task) -> nextTasks.put(cityId, NextTask.of(task))),
					() -> this.interactions.latestWithNextStep(cityIds)
						.forEach((cityId, interaction) -> nextTasks.put(cityId, NextTask.of(interaction, today))));
		Parts parts = new Parts(this.cities.findAll(named), this.shortlist.latestScores(cityIds), mentorsByCity,
				nextTasks, this.pipeline.targets(candidates, policy));
		Map<Stage, List<Card>> byStage = new LinkedHashMap<>();
		Arrays.stream(Stage.values()).forEach((s) -> byStage.put(s, new ArrayList<>()));
		for (Candidate candidate : candidates) {
			byStage.get(candidate.getStage()).add(card(candidate, parts));
		}
		byStage.values().forEach((cards) -> cards.sort((a, b) -> a.cityName().compareToIgnoreCase(b.cityName())));
		List<Column> columns = byStage.entrySet().stream().map((e) -> new Column(e.getKey(), e.getValue())).toList();
		return new Board(columns.stream().filter((c) -> !c.stage().isExit()).toList(),
				columns.stream().filter((c) -> c.stage().isExit()).toList(), policy.mayMoveCandidates());
	}

	/** What the cards are made of, loaded for all of them at once. */
	private record Parts(Map<Long, CitySummary> cities, Map<Long, Shortlist.StoredScore> scores,
			Map<Long, List<MentorAssignment>> mentors, Map<Long, NextTask> nextTasks, Map<Long, List<Stage>> targets) {

		String name(long cityId) {
			CitySummary city = this.cities.get(cityId);
			return (city != null) ? city.name() : Long.toString(cityId);
		}

	}

	private Card card(Candidate candidate, Parts parts) {
		long cityId = candidate.getCityId();
		CitySummary city = parts.cities().get(cityId);
		long days = Math.max(0, Duration.between(candidate.getStageSince(), this.clock.instant()).toDays());
		List<String> mentorNames = parts.mentors()
			.getOrDefault(cityId, List.of())
			.stream()
			.map((m) -> parts.name(m.getMentorCityId()))
			.toList();
		return new Card(candidate, parts.name(cityId), (city != null) ? city.countryCode() : "",
				parts.scores().get(cityId), days, parts.targets().getOrDefault(cityId, List.of()), mentorNames,
				parts.nextTasks().get(cityId));
	}

}
