package org.integra.outreach.web;

import java.util.List;
import java.util.Optional;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.outreach.Candidate;
import org.integra.outreach.OutreachPolicy;
import org.integra.outreach.Pipeline;
import org.integra.outreach.Stage;
import org.integra.outreach.StageTransitions;
import org.integra.system.Actor;
import org.integra.system.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Candidates in the pipeline by stage, and one candidate's stage history.
 */
@Controller
class CandidateController {

	static final int PAGE_SIZE = 25;

	/** A candidate as listed, with its city. */
	record CandidateRow(Candidate candidate, String cityName, String countryCode) {
	}

	private final Pipeline pipeline;

	private final CityCatalog cities;

	private final CandidatePanels panels;

	CandidateController(Pipeline pipeline, CityCatalog cities, CandidatePanels panels) {
		this.pipeline = pipeline;
		this.cities = cities;
		this.panels = panels;
	}

	@GetMapping("/outreach/candidates")
	String list(@RequestParam(required = false) String stage, @RequestParam(defaultValue = "0") String page,
			Model model) {
		Stage chosen = BoardController.parseStage(stage);
		int number = (page != null && page.strip().matches("\\d{1,6}")) ? Integer.parseInt(page.strip()) : 0;
		Page<Candidate> candidates = this.pipeline.candidates(chosen, PageRequest.of(number, PAGE_SIZE));
		List<CandidateRow> rows = candidates.getContent().stream().map(this::row).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("page", candidates);
		model.addAttribute("stages", Stage.values());
		model.addAttribute("stage", chosen);
		model.addAttribute("unknownStage", stage != null && !stage.isBlank() && chosen == null);
		return "outreach/candidates";
	}

	@GetMapping("/outreach/candidates/{cityId:\\d+}")
	String show(@PathVariable long cityId, Actor actor, Model model) {
		CitySummary city = this.cities.find(cityId)
			.orElseThrow(() -> new NotFoundException("outreach.candidate.notFound", cityId));
		Candidate candidate = this.pipeline.candidate(cityId)
			.orElseThrow(() -> new NotFoundException("outreach.candidate.notFound", cityId));
		model.addAttribute("city", city);
		model.addAttribute("candidate", candidate);
		OutreachPolicy policy = OutreachPolicy.of(actor);
		model.addAttribute("mover", policy.mayMoveCandidates());
		List<Stage> targets = this.pipeline.targets(candidate, policy);
		model.addAttribute("targets", targets);
		model.addAttribute("suggested", StageTransitions.suggested(candidate.getStage(), targets).orElse(null));
		model.addAttribute("noteMax", Pipeline.NOTE_MAX);
		this.panels.addTo(model, cityId);
		return "outreach/candidate";
	}

	private CandidateRow row(Candidate candidate) {
		Optional<CitySummary> city = this.cities.find(candidate.getCityId());
		return new CandidateRow(candidate, city.map(CitySummary::name).orElse(Long.toString(candidate.getCityId())),
				city.map(CitySummary::countryCode).orElse(""));
	}

}
