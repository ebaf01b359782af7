package org.integra.ranking.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.integra.ranking.CountryRule;
import org.integra.ranking.Criterion;
import org.integra.ranking.ScoringModel;
import org.integra.ranking.ScoringModelForm;
import org.integra.ranking.ScoringModelVersion;
import org.integra.ranking.ScoringModels;
import org.integra.ranking.engine.Method;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Scoring models: list, create, save a new version, the version history, and two versions
 * (of one model or of two) side by side.
 */
@Controller
class ScoringModelController {

	private static final String FORM = "scoringModelForm";

	private final ScoringModels models;

	private final ModelComparisons comparisons;

	ScoringModelController(ScoringModels models, ModelComparisons comparisons) {
		this.models = models;
		this.comparisons = comparisons;
	}

	@InitBinder(FORM)
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("name", "description", "method", "excludeMembers", "countryRule", "weights[*]", "note",
				"version");
	}

	record Row(ScoringModel model, ScoringModelVersion current) {
	}

	@GetMapping("/ranking/models")
	String list(Model model) {
		model.addAttribute("rows",
				this.models.all()
					.stream()
					.map((scoring) -> new Row(scoring, this.models.current(scoring.getId())))
					.toList());
		return "ranking/models/list";
	}

	@GetMapping("/ranking/models/new")
	String initCreate(Model model) {
		ScoringModelForm form = new ScoringModelForm();
		Map<Long, BigDecimal> weights = new LinkedHashMap<>();
		this.models.weighableCriteria().forEach((criterion) -> weights.put(criterion.getId(), BigDecimal.ONE));
		form.setWeights(weights);
		model.addAttribute(FORM, form);
		return form(model, null);
	}

	@PostMapping("/ranking/models/new")
	String create(@Valid @ModelAttribute(FORM) ScoringModelForm form, BindingResult result, Model model, Principal user,
			RedirectAttributes redirect) {
		this.models.check(null, form, result);
		if (result.hasErrors()) {
			return form(model, null);
		}
		ScoringModel created;
		try {
			created = this.models.create(form, user.getName());
		}
		catch (DataIntegrityViolationException ex) {
			result.rejectValue("name", "ranking.model.name.taken");
			return form(model, null);
		}
		redirect.addFlashAttribute("message", "ranking.model.created");
		return "redirect:/ranking/models/" + created.getId();
	}

	@GetMapping("/ranking/models/{id:\\d+}/edit")
	String initUpdate(@PathVariable long id, Model model) {
		ScoringModel scoring = this.models.get(id);
		ScoringModelForm form = ScoringModelForm.of(scoring, this.models.current(id));
		// criteria that became weighable since the version was saved get an empty input
		Map<Long, BigDecimal> weights = new LinkedHashMap<>(form.getWeights());
		this.models.weighableCriteria().forEach((criterion) -> weights.putIfAbsent(criterion.getId(), BigDecimal.ZERO));
		form.setWeights(weights);
		model.addAttribute(FORM, form);
		return form(model, scoring);
	}

	@PostMapping("/ranking/models/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute(FORM) ScoringModelForm form, BindingResult result,
			Model model, Principal user, RedirectAttributes redirect) {
		ScoringModel scoring = this.models.get(id);
		this.models.check(id, form, result);
		if (result.hasErrors()) {
			return form(model, scoring);
		}
		try {
			this.models.save(id, form, user.getName());
		}
		catch (OptimisticLockingFailureException ex) {
			return conflict(id, form, result, model);
		}
		catch (DataIntegrityViolationException ex) {
			// two saves at the same moment: either the number or the name clashed
			if (this.models.get(id).getVersion() != form.getVersion()) {
				return conflict(id, form, result, model);
			}
			result.rejectValue("name", "ranking.model.name.taken");
			return form(model, scoring);
		}
		redirect.addFlashAttribute("message", "ranking.model.saved");
		return "redirect:/ranking/models/" + id;
	}

	/**
	 * Someone saved the model since the form was loaded: keep the person's input, tell
	 * them who saved which version, and base the form on the current one so that saving
	 * again adds theirs after it.
	 */
	private String conflict(long id, ScoringModelForm form, BindingResult result, Model model) {
		ScoringModel current = this.models.get(id);
		ScoringModelVersion latest = this.models.current(id);
		form.setVersion(current.getVersion());
		result.reject("ranking.model.conflict", new Object[] { latest.getCreatedBy(), latest.getNumber() }, null);
		model.addAttribute("latest", latest);
		return form(model, current);
	}

	@GetMapping("/ranking/models/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		ScoringModel scoring = this.models.get(id);
		ScoringModelVersion current = this.models.current(id);
		List<ScoringModelVersion> versions = this.models.versions(id);
		model.addAttribute("scoringModel", scoring);
		model.addAttribute("version", current);
		model.addAttribute("versions", versions);
		model.addAttribute("weights", weights(current));
		model.addAttribute("previous", (versions.size() > 1) ? versions.get(1) : current);
		model.addAttribute("choices", this.comparisons.choices());
		return "ranking/models/show";
	}

	@GetMapping("/ranking/models/{id:\\d+}/versions/{number:\\d+}")
	String version(@PathVariable long id, @PathVariable int number, Model model) {
		ScoringModel scoring = this.models.get(id);
		ScoringModelVersion version = this.models.version(id, number);
		model.addAttribute("scoringModel", scoring);
		model.addAttribute("version", version);
		model.addAttribute("weights", weights(version));
		model.addAttribute("current", this.models.current(id));
		return "ranking/models/version";
	}

	@GetMapping("/ranking/models/compare")
	String compare(@RequestParam(required = false) String left, @RequestParam(required = false) String right,
			@RequestParam(required = false) String top, Model model) {
		Long leftId = id(left);
		Long rightId = id(right);
		int size = ModelComparisons.top(id(top) == null ? null : id(top).intValue());
		model.addAttribute("choices", this.comparisons.choices());
		model.addAttribute("tops", ModelComparisons.TOPS);
		model.addAttribute("top", size);
		model.addAttribute("leftId", leftId);
		model.addAttribute("rightId", rightId);
		if (leftId != null && rightId != null) {
			model.addAttribute("comparison", this.comparisons.compare(leftId, rightId, size));
		}
		return "ranking/models/compare";
	}

	/**
	 * A weight of a version, with its criterion (for the criterion's name).
	 *
	 * @param given the relative weight as it was typed
	 * @param percent its share, two decimals
	 */
	record Weight(Criterion criterion, BigDecimal given, BigDecimal percent) {
	}

	private List<Weight> weights(ScoringModelVersion version) {
		Map<Long, Criterion> byId = new LinkedHashMap<>();
		this.comparisons.criteria().forEach((criterion) -> byId.put(criterion.getId(), criterion));
		Map<Long, BigDecimal> percent = version.getPercentWeights();
		return version.getWeights()
			.entrySet()
			.stream()
			.filter((entry) -> byId.containsKey(entry.getKey()))
			.map((entry) -> new Weight(byId.get(entry.getKey()), entry.getValue(),
					percent.getOrDefault(entry.getKey(), BigDecimal.ZERO)))
			.toList();
	}

	private String form(Model model, ScoringModel scoring) {
		model.addAttribute("scoringModel", scoring);
		model.addAttribute("criteria", this.models.weighableCriteria());
		model.addAttribute("methods", Method.values());
		model.addAttribute("countryRules", CountryRule.values());
		return "ranking/models/form";
	}

	private static Long id(String text) {
		if (text == null || text.isBlank() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
			return null;
		}
		return Long.valueOf(text);
	}

}
