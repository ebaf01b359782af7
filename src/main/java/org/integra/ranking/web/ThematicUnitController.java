package org.integra.ranking.web;

import jakarta.validation.Valid;

import org.integra.ranking.ThematicUnit;
import org.integra.ranking.ThematicUnitRepository;
import org.integra.system.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The network's thematic units: list, create and change.
 */
@Controller
class ThematicUnitController {

	private final ThematicUnitRepository units;

	ThematicUnitController(ThematicUnitRepository units) {
		this.units = units;
	}

	@GetMapping("/ranking/units")
	String list(Model model) {
		model.addAttribute("units", this.units.findAllByOrderByNamesEsAsc());
		return "ranking/units";
	}

	@GetMapping("/ranking/units/new")
	String initCreate(Model model) {
		model.addAttribute("unitForm", new ThematicUnitForm());
		model.addAttribute("unit", null);
		return "ranking/unit-form";
	}

	@PostMapping("/ranking/units/new")
	String create(@Valid @ModelAttribute("unitForm") ThematicUnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("code") && this.units.existsByCodeIgnoreCase(form.getCode().trim())) {
			result.rejectValue("code", "ranking.criterion.code.taken");
		}
		if (result.hasErrors()) {
			model.addAttribute("unit", null);
			return "ranking/unit-form";
		}
		ThematicUnit unit = new ThematicUnit();
		form.applyTo(unit);
		this.units.save(unit);
		redirect.addFlashAttribute("message", "ranking.units.saved");
		return "redirect:/ranking/units";
	}

	@GetMapping("/ranking/units/{id:\\d+}/edit")
	String initUpdate(@PathVariable long id, Model model) {
		ThematicUnit unit = get(id);
		model.addAttribute("unitForm", ThematicUnitForm.of(unit));
		model.addAttribute("unit", unit);
		return "ranking/unit-form";
	}

	@PostMapping("/ranking/units/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("unitForm") ThematicUnitForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ThematicUnit unit = get(id);
		model.addAttribute("unit", unit);
		if (!result.hasFieldErrors("code") && this.units.existsByCodeIgnoreCaseAndIdNot(form.getCode().trim(), id)) {
			result.rejectValue("code", "ranking.criterion.code.taken");
		}
		if (unit.getVersion() != form.getVersion()) {
			result.reject("ranking.edit.conflict");
		}
		if (result.hasErrors()) {
			return "ranking/unit-form";
		}
		form.applyTo(unit);
		try {
			this.units.saveAndFlush(unit);
		}
		catch (DataIntegrityViolationException ex) {
			result.rejectValue("code", "ranking.criterion.code.taken");
			return "ranking/unit-form";
		}
		redirect.addFlashAttribute("message", "ranking.units.saved");
		return "redirect:/ranking/units";
	}

	private ThematicUnit get(long id) {
		return this.units.findById(id).orElseThrow(() -> new NotFoundException("ranking.unit.notFound", id));
	}

}
