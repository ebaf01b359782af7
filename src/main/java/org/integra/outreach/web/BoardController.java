package org.integra.outreach.web;

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

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.outreach.Candidate;
import org.integra.outreach.Interaction;
import org.integra.outreach.Interactions;
import org.integra.outreach.MentorAssignment;
import org.integra.outreach.Mentors;
import org.integra.outreach.MoveRefusedException;
import org.integra.outreach.OutreachPolicy;
import org.integra.outreach.Pipeline;
import org.integra.outreach.Stage;
import org.integra.outreach.StageTransitions;
import org.integra.ranking.Shortlist;
import org.integra.system.Actor;
import org.integra.system.OpenTasks;
import org.integra.system.TaskSummary;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pipeline board: the stages as columns, each candidate a card, and moving a card to
 * another stage (with htmx the board is swapped in place; without, the page reloads).
 */
@Controller
class BoardController {

	static final String VIEW = "outreach/board";

	static final String FRAGMENT = "outreach/board :: board";

	/**
	 * A candidate on the board.
	 *
	 * @param mentors the names of its mentor cities, first assigned first
	 * @param nextTask its open task due first when the application keeps tasks, otherwise
	 * the next step of its most recent interaction that has one; or {@code null}
	 */
	record Card(Candidate candidate, String cityName, String countryCode, Shortlist.StoredScore score, long daysInStage,
			List<Stage> targets, List<String> mentors, NextTask nextTask) {

		/** The stage the card's form offers first: the next one, never a step back. */
		public Stage suggested() {
			return StageTransitions.suggested(this.candidate.getStage(), this.targets).orElse(null);
		}

	}

	/**
	 * A next step agreed in an interaction: what, who, by when, whether it is late, and
	 * the task's page when it is a task.
	 */
	record NextTask(String text, String assignee, LocalDate due, boolean overdue, String href) {

		static NextTask of(Interaction interaction, LocalDate today) {
			LocalDate due = interaction.getNextStepDue();
			return new NextTask(interaction.getNextStep(), interaction.getNextStepAssignee(), due,
					due != null && due.isBefore(today), null);
		}

		static NextTask of(TaskSummary task) {
			return new NextTask(task.title(), task.assignee(), task.dueOn(), task.overdue(), task.href());
		}

	}

	/** One column of the board. */
	record Column(Stage stage, List<Card> cards) {
	}

	private final Pipeline pipeline;

	private final CityCatalog cities;

	private final Shortlist shortlist;

	private final Mentors mentors;

	private final Interactions interactions;

	private final Clock clock;

	private final OpenTasks openTasks;

	BoardController(Pipeline pipeline, CityCatalog cities, Shortlist shortlist, Mentors mentors,
			Interactions interactions, Clock clock, OpenTasks openTasks) {
		this.openTasks = openTasks;
		this.pipeline = pipeline;
		this.cities = cities;
		this.shortlist = shortlist;
		this.mentors = mentors;
		this.interactions = interactions;
		this.clock = clock;
	}

	@GetMapping("/outreach/board")
	String board(Actor actor, Model model) {
		boardModel(OutreachPolicy.of(actor), model);
		return VIEW;
	}

	@PostMapping("/outreach/candidates/{cityId:\\d+}/move")
	String move(@PathVariable long cityId, @RequestParam(required = false) String stage,
			@RequestParam(required = false) String note, @RequestParam(required = false) String version,
			@RequestParam(required = false) String back, HtmxRequest htmx, Actor actor, Model model,
			RedirectAttributes redirect) {
		OutreachPolicy policy = OutreachPolicy.of(actor);
		String problem = null;
		Stage target = parseStage(stage);
		if (target == null) {
			problem = "outreach.move.refused.unknownStage";
		}
		else {
			try {
				this.pipeline.move(cityId, target, note, policy, parseVersion(version));
			}
			catch (MoveRefusedException ex) {
				problem = ex.getMessageKey();
			}
			catch (OptimisticLockingFailureException ex) {
				problem = "outreach.move.stale";
			}
		}
		if (htmx.isHtmxRequest()) {
			model.addAttribute("problem", problem);
			model.addAttribute("movedMessage", (problem == null) ? "outreach.move.done" : null);
			model.addAttribute("movedCityId", cityId);
			boardModel(policy, model);
			return FRAGMENT;
		}
		if (problem != null) {
			redirect.addFlashAttribute("problem", problem);
		}
		else {
			redirect.addFlashAttribute("message", "outreach.move.done");
		}
		return "candidate".equals(back) ? "redirect:/outreach/candidates/" + cityId : "redirect:/outreach/board";
	}

	/**
	 * Loads every card's city, score, mentors, next task and targets with a fixed number
	 * of queries, however many candidates there are.
	 */
	private void boardModel(OutreachPolicy policy, Model model) {
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
		Board board = new Board(this.cities.findAll(named), this.shortlist.latestScores(cityIds), mentorsByCity,
				nextTasks, this.pipeline.targets(candidates, policy), today);
		Map<Stage, List<Card>> byStage = new LinkedHashMap<>();
		Arrays.stream(Stage.values()).forEach((s) -> byStage.put(s, new ArrayList<>()));
		for (Candidate candidate : candidates) {
			byStage.get(candidate.getStage()).add(card(candidate, board));
		}
		byStage.values().forEach((cards) -> cards.sort((a, b) -> a.cityName().compareToIgnoreCase(b.cityName())));
		List<Column> columns = byStage.entrySet().stream().map((e) -> new Column(e.getKey(), e.getValue())).toList();
		// the pipeline stages are the columns; the exits are a row of drop targets below
		// them
		model.addAttribute("columns", columns.stream().filter((c) -> !c.stage().isExit()).toList());
		model.addAttribute("exits", columns.stream().filter((c) -> c.stage().isExit()).toList());
		model.addAttribute("mover", policy.mayMoveCandidates());
		model.addAttribute("noteMax", Pipeline.NOTE_MAX);
	}

	/** What the cards are made of, loaded for all of them at once. */
	private record Board(Map<Long, CitySummary> cities, Map<Long, Shortlist.StoredScore> scores,
			Map<Long, List<MentorAssignment>> mentors, Map<Long, NextTask> nextTasks, Map<Long, List<Stage>> targets,
			LocalDate today) {

		String name(long cityId) {
			CitySummary city = this.cities.get(cityId);
			return (city != null) ? city.name() : Long.toString(cityId);
		}

	}

	private Card card(Candidate candidate, Board board) {
		long cityId = candidate.getCityId();
		CitySummary city = board.cities().get(cityId);
		long days = Math.max(0, Duration.between(candidate.getStageSince(), this.clock.instant()).toDays());
		List<String> mentorNames = board.mentors()
			.getOrDefault(cityId, List.of())
			.stream()
			.map((m) -> board.name(m.getMentorCityId()))
			.toList();
		return new Card(candidate, board.name(cityId), (city != null) ? city.countryCode() : "",
				board.scores().get(cityId), days, board.targets().getOrDefault(cityId, List.of()), mentorNames,
				board.nextTasks().get(cityId));
	}

	static Stage parseStage(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return Arrays.stream(Stage.values())
			.filter((s) -> s.name().equalsIgnoreCase(text.strip()))
			.findFirst()
			.orElse(null);
	}

	private static Long parseVersion(String text) {
		return (text != null && text.strip().matches("\\d{1,18}")) ? Long.valueOf(text.strip()) : null;
	}

}
