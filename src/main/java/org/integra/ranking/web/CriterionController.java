package org.integra.ranking.web;

import jakarta.validation.Valid;

import org.integra.audit.AuditTrail;
import org.integra.ranking.Criteria;
import org.integra.ranking.Criterion;
import org.integra.ranking.CriterionForm;
import org.integra.ranking.CriterionKind;
import org.integra.ranking.Derivation;
import org.integra.ranking.engine.Direction;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Criteria: list, create, change (with the levels of ordinal scales) and deactivate.
 */
@Controller
class CriterionController {

	private final Criteria criteria;

	private final AuditTrail auditTrail;

	CriterionController(Criteria criteria, AuditTrail auditTrail) {
		this.criteria = criteria;
		this.auditTrail = auditTrail;
	}

	@InitBinder("criterionForm")
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/ranking/criteria")
	String list(Model model) {
		model.addAttribute("criteria", this.criteria.all());
		return "ranking/criteria";
	}

	@GetMapping("/ranking/criteria/new")
	String initCreate(Model model) {
		model.addAttribute("criterionForm", new CriterionForm());
		return form(model, null);
	}

	@PostMapping("/ranking/criteria/new")
	String create(@Valid @ModelAttribute("criterionForm") CriterionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.criteria.check(null, form, result);
		if (result.hasErrors()) {
			return form(model, null);
		}
		try {
			this.criteria.create(form);
		}
		catch (DataIntegrityViolationException ex) {
			result.rejectValue("code", "ranking.criterion.code.taken");
			return form(model, null);
		}
		redirect.addFlashAttribute("message", "ranking.criterion.saved");
		return "redirect:/ranking/criteria";
	}

	@GetMapping("/ranking/criteria/{id:\\d+}/edit")
	String initUpdate(@PathVariable long id, Model model) {
		Criterion criterion = this.criteria.get(id);
		model.addAttribute("criterionForm", CriterionForm.of(criterion));
		return form(model, criterion);
	}

	@PostMapping("/ranking/criteria/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("criterionForm") CriterionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Criterion criterion = this.criteria.get(id);
		this.criteria.check(id, form, result);
		if (result.hasErrors()) {
			return form(model, criterion);
		}
		try {
			this.criteria.update(id, form);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("ranking.edit.conflict");
			return form(model, this.criteria.get(id));
		}
		catch (DataIntegrityViolationException ex) {
			result.rejectValue("code", "ranking.criterion.code.taken");
			return form(model, criterion);
		}
		redirect.addFlashAttribute("message", "ranking.criterion.saved");
		return "redirect:/ranking/criteria";
	}

	@PostMapping("/ranking/criteria/{id:\\d+}/deactivate")
	String deactivate(@PathVariable long id, RedirectAttributes redirect) {
		this.criteria.get(id);
		this.criteria.deactivate(id);
		redirect.addFlashAttribute("message", "ranking.criterion.deactivated");
		return "redirect:/ranking/criteria";
	}

	private String form(Model model, Criterion criterion) {
		model.addAttribute("criterion", criterion);
		model.addAttribute("kinds", CriterionKind.values());
		model.addAttribute("directions", Direction.values());
		model.addAttribute("derivations", Derivation.values());
		model.addAttribute("history",
				criterion == null ? java.util.List.of() : this.auditTrail.historyOf("Criterion", criterion.getId()));
		return "ranking/criterion-form";
	}

}
