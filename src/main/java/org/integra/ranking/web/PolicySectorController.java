package org.integra.ranking.web;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.integra.ranking.PolicySector;
import org.integra.ranking.PolicySectors;
import org.integra.ranking.ThematicUnit;
import org.integra.ranking.ThematicUnitRepository;

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
 * The municipal policy sectors cities give priority to, and the thematic units covering
 * each: list, create and change.
 */
@Controller
class PolicySectorController {

	private static final String FORM = "ranking/sector-form";

	private final PolicySectors sectors;

	private final ThematicUnitRepository units;

	PolicySectorController(PolicySectors sectors, ThematicUnitRepository units) {
		this.sectors = sectors;
		this.units = units;
	}

	@GetMapping("/ranking/sectors")
	String list(Model model) {
		model.addAttribute("sectors", this.sectors.all());
		model.addAttribute("unitsById",
				this.units.findAll().stream().collect(Collectors.toMap(ThematicUnit::getId, (unit) -> unit)));
		return "ranking/sectors";
	}

	@GetMapping("/ranking/sectors/new")
	String initCreate(Model model) {
		return form(model, new PolicySectorForm(), null);
	}

	@PostMapping("/ranking/sectors/new")
	String create(@Valid @ModelAttribute("sectorForm") PolicySectorForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("code") && this.sectors.codeTaken(form.getCode().trim(), null)) {
			result.rejectValue("code", "ranking.criterion.code.taken");
		}
		if (result.hasErrors()) {
			return form(model, form, null);
		}
		PolicySector sector = new PolicySector();
		form.applyTo(sector, unitIds());
		this.sectors.save(sector);
		redirect.addFlashAttribute("message", "ranking.sectors.saved");
		return "redirect:/ranking/sectors";
	}

	@GetMapping("/ranking/sectors/{id:\\d+}/edit")
	String initUpdate(@PathVariable long id, Model model) {
		PolicySector sector = this.sectors.get(id);
		return form(model, PolicySectorForm.of(sector), sector);
	}

	@PostMapping("/ranking/sectors/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("sectorForm") PolicySectorForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		PolicySector sector = this.sectors.get(id);
		if (!result.hasFieldErrors("code") && this.sectors.codeTaken(form.getCode().trim(), id)) {
			result.rejectValue("code", "ranking.criterion.code.taken");
		}
		if (sector.getVersion() != form.getVersion()) {
			result.reject("ranking.edit.conflict");
		}
		if (result.hasErrors()) {
			return form(model, form, sector);
		}
		form.applyTo(sector, unitIds());
		try {
			this.sectors.save(sector);
		}
		catch (DataIntegrityViolationException ex) {
			result.rejectValue("code", "ranking.criterion.code.taken");
			return form(model, form, sector);
		}
		redirect.addFlashAttribute("message", "ranking.sectors.saved");
		return "redirect:/ranking/sectors";
	}

	private String form(Model model, PolicySectorForm form, PolicySector sector) {
		model.addAttribute("sectorForm", form);
		model.addAttribute("sector", sector);
		model.addAttribute("units", this.units.findAllByOrderByNamesEsAsc());
		return FORM;
	}

	private Set<Long> unitIds() {
		return this.units.findAll().stream().map(ThematicUnit::getId).collect(Collectors.toSet());
	}

}
