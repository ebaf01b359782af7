package org.integra.outreach.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.outreach.Candidate;
import org.integra.outreach.MentorActivity;
import org.integra.outreach.MentorAssignment;
import org.integra.outreach.MentorDesk;
import org.integra.outreach.MentorSuggestions.Suggestion;
import org.integra.outreach.Mentors;
import org.integra.outreach.Pipeline;
import org.integra.outreach.Stage;
import org.integra.system.NotFoundException;
import org.integra.system.ValidationFailedException;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Assigning member cities as mentors of a candidate, with ranked suggestions, and the
 * mentors' activity for the coordinator (plan action 4).
 */
@Controller
class MentorController {

	/** A mentor of the candidate, with its city. */
	record AssignmentRow(MentorAssignment assignment, String name, String countryCode) {
	}

	/** A suggested member city and why. */
	record SuggestionRow(Suggestion suggestion, String reason) {
	}

	/** A candidate of a mentor, with its city and stage. */
	record ActivityCandidate(MentorActivity.CandidateActivity activity, String name, String countryCode, Stage stage) {
	}

	/** A mentor city's activity, with its city and candidates. */
	record ActivityRow(MentorActivity.Mentor mentor, String name, String countryCode,
			List<ActivityCandidate> candidates) {
	}

	private final Mentors mentors;

	private final MentorDesk desk;

	private final Pipeline pipeline;

	private final CityCatalog cities;

	private final SuggestionReasons reasons;

	MentorController(Mentors mentors, MentorDesk desk, Pipeline pipeline, CityCatalog cities,
			SuggestionReasons reasons) {
		this.mentors = mentors;
		this.desk = desk;
		this.pipeline = pipeline;
		this.cities = cities;
		this.reasons = reasons;
	}

	@GetMapping("/outreach/candidates/{cityId:\\d+}/mentors")
	String page(@PathVariable long cityId, @RequestParam(required = false) String remove, Model model, Locale locale) {
		Long confirm = (remove != null && remove.strip().matches("\\d{1,18}")) ? Long.valueOf(remove.strip()) : null;
		return render(cityId, confirm, null, null, null, model, locale);
	}

	@PostMapping("/outreach/candidates/{cityId:\\d+}/mentors")
	String assign(@PathVariable long cityId, @RequestParam(required = false) String mentorCityId,
			@RequestParam(required = false) String note, Authentication user, Model model, Locale locale,
			RedirectAttributes redirect) {
		requireCandidate(cityId);
		String chosen = (mentorCityId == null) ? "" : mentorCityId.strip();
		if (!chosen.matches("\\d{1,18}")) {
			return render(cityId, null, "mentorCityId", "outreach.mentors.mentor.required", note, model, locale);
		}
		try {
			this.mentors.assign(cityId, Long.parseLong(chosen), note, user.getName());
		}
		catch (ValidationFailedException ex) {
			FieldError error = ex.getErrors().getFieldError();
			String field = (error != null) ? error.getField() : "mentorCityId";
			String key = (error != null && error.getCode() != null) ? error.getCode()
					: "outreach.mentors.mentor.required";
			return render(cityId, null, field, key, note, model, locale);
		}
		redirect.addFlashAttribute("message", "outreach.mentors.assigned");
		return "redirect:/outreach/candidates/" + cityId + "/mentors";
	}

	@PostMapping("/outreach/candidates/{cityId:\\d+}/mentors/{mentorCityId:\\d+}/remove")
	String remove(@PathVariable long cityId, @PathVariable long mentorCityId, RedirectAttributes redirect) {
		requireCandidate(cityId);
		boolean removed = this.mentors.unassign(cityId, mentorCityId);
		redirect.addFlashAttribute(removed ? "message" : "error",
				removed ? "outreach.mentors.removed" : "outreach.mentors.notAssigned");
		return "redirect:/outreach/candidates/" + cityId + "/mentors";
	}

	@GetMapping("/outreach/mentors")
	String activity(Model model) {
		List<MentorActivity.Mentor> mentors = this.desk.activity();
		Map<Long, Stage> stages = this.desk.stages(mentors.stream()
			.flatMap((mentor) -> mentor.candidates().stream())
			.map(MentorActivity.CandidateActivity::candidateCityId)
			.distinct()
			.toList());
		List<ActivityRow> rows = mentors.stream().map((mentor) -> {
			Optional<CitySummary> city = this.cities.find(mentor.mentorCityId());
			List<ActivityCandidate> candidates = mentor.candidates().stream().map((activity) -> {
				Optional<CitySummary> candidate = this.cities.find(activity.candidateCityId());
				return new ActivityCandidate(activity,
						candidate.map(CitySummary::name).orElse(Long.toString(activity.candidateCityId())),
						candidate.map(CitySummary::countryCode).orElse(""), stages.get(activity.candidateCityId()));
			}).toList();
			return new ActivityRow(mentor, city.map(CitySummary::name).orElse(Long.toString(mentor.mentorCityId())),
					city.map(CitySummary::countryCode).orElse(""), candidates);
		}).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("quietDays", MentorActivity.QUIET_DAYS);
		model.addAttribute("today", this.desk.today());
		return "outreach/mentors";
	}

	private Candidate requireCandidate(long cityId) {
		return this.pipeline.candidate(cityId)
			.orElseThrow(() -> new NotFoundException("outreach.candidate.notFound", cityId));
	}

	private String render(long cityId, Long confirmRemove, String errorField, String errorKey, String note, Model model,
			Locale locale) {
		Candidate candidate = requireCandidate(cityId);
		CitySummary city = this.cities.find(cityId)
			.orElseThrow(() -> new NotFoundException("outreach.candidate.notFound", cityId));
		List<AssignmentRow> assignments = this.mentors.mentorsOf(cityId).stream().map((assignment) -> {
			Optional<CitySummary> mentor = this.cities.find(assignment.getMentorCityId());
			return new AssignmentRow(assignment,
					mentor.map(CitySummary::name).orElse(Long.toString(assignment.getMentorCityId())),
					mentor.map(CitySummary::countryCode).orElse(""));
		}).toList();
		Map<Long, String> units = this.desk.unitNames(locale);
		List<SuggestionRow> suggestions = this.desk.suggestionsFor(cityId)
			.stream()
			.map((suggestion) -> new SuggestionRow(suggestion, this.reasons.reason(suggestion, units, locale)))
			.toList();
		model.addAttribute("city", city);
		model.addAttribute("candidate", candidate);
		model.addAttribute("assignments", assignments);
		model.addAttribute("suggestions", suggestions);
		model.addAttribute("members", this.cities.memberCities());
		model.addAttribute("confirmRemove",
				(confirmRemove == null) ? null
						: assignments.stream()
							.filter((row) -> row.assignment().getMentorCityId() == confirmRemove)
							.findFirst()
							.orElse(null));
		model.addAttribute("errorField", errorField);
		model.addAttribute("errorKey", errorKey);
		model.addAttribute("note", note);
		model.addAttribute("noteMax", Mentors.NOTE_MAX);
		return "outreach/candidate-mentors";
	}

}
