package org.integra.directory.web;

import java.security.Principal;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.integra.directory.AssociationSurveys;
import org.integra.directory.AssociationSurveys.CountrySurvey;
import org.integra.directory.SurveyStatus;
import org.integra.system.AttendedForums;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The survey of local-government associations: every country with its status, and one
 * country's associations with what is still missing.
 */
@Controller
class SurveyController {

	private final AssociationSurveys surveys;

	private final ObjectProvider<AttendedForums> forums;

	SurveyController(AssociationSurveys surveys, ObjectProvider<AttendedForums> forums) {
		this.surveys = surveys;
		this.forums = forums;
	}

	@GetMapping("/directory/survey")
	String overview(Locale locale, Model model) {
		model.addAttribute("forums", forums(locale));
		Collator collator = Collator.getInstance(locale);
		collator.setStrength(Collator.PRIMARY);
		// by the country's name as the user reads it, not by its ISO code
		model.addAttribute("surveys",
				this.surveys.overview()
					.stream()
					.sorted(Comparator.comparing((CountrySurvey survey) -> countryName(survey, locale), collator))
					.toList());
		return "directory/survey";
	}

	@GetMapping("/directory/survey/{code}")
	String country(@PathVariable String code, Locale locale, Model model) {
		model.addAttribute("forums", forums(locale));
		return show(code, null, null, null, model);
	}

	@PostMapping("/directory/survey/{code}")
	String record(@PathVariable String code, @RequestParam(defaultValue = "NOT_STARTED") String status,
			@RequestParam(defaultValue = "") String missing, @RequestParam(defaultValue = "0") String version,
			Principal principal, Locale locale, Model model, RedirectAttributes redirect) {
		model.addAttribute("forums", forums(locale));
		SurveyStatus chosen = parse(status);
		if (chosen == null) {
			return show(code, "directory.survey.status.unknown", null, missing, model);
		}
		long expected = version.strip().matches("\\d{1,18}") ? Long.parseLong(version.strip()) : -1;
		try {
			this.surveys.record(code, chosen, missing, expected, principal.getName());
		}
		catch (IllegalArgumentException ex) {
			return show(code, ex.getMessage(), chosen, missing, model);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return show(code, "directory.survey.stale", chosen, missing, model);
		}
		redirect.addFlashAttribute("message", "directory.survey.saved");
		return "redirect:/directory/survey/" + this.surveys.of(code).country().code();
	}

	private String show(String code, String problem, SurveyStatus status, String missing, Model model) {
		AssociationSurveys.CountrySurvey survey = this.surveys.of(code);
		model.addAttribute("survey", survey);
		model.addAttribute("statuses", SurveyStatus.values());
		model.addAttribute("problem", problem);
		model.addAttribute("status", (status != null) ? status : survey.survey().getStatus());
		model.addAttribute("missing", (missing != null) ? missing : survey.survey().getMissing());
		model.addAttribute("missingMax", AssociationSurveys.MISSING_MAX);
		return "directory/survey-country";
	}

	/** The forums attended per country, from the events module when there is one. */
	private Map<String, List<AttendedForums.AttendedForum>> forums(Locale locale) {
		AttendedForums source = this.forums.getIfAvailable();
		return (source != null) ? source.byCountry(locale) : Map.of();
	}

	private static SurveyStatus parse(String text) {
		for (SurveyStatus status : SurveyStatus.values()) {
			if (status.name().equals(text)) {
				return status;
			}
		}
		return null;
	}

	private static String countryName(CountrySurvey survey, Locale locale) {
		String name = survey.country().name(locale);
		return (name == null) ? survey.country().code() : name;
	}

}
