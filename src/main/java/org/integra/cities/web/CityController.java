package org.integra.cities.web;

import jakarta.validation.Valid;

import org.integra.audit.AuditTrail;
import org.integra.cities.Cities;
import org.integra.cities.City;
import org.integra.cities.CityDeletion;
import org.integra.cities.CityForm;
import org.integra.system.OpenTasks;
import org.integra.system.TimelineSubject;
import org.integra.system.Timelines;

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
 * A city's page, and creating, changing and deleting cities.
 */
@Controller
class CityController {

	static final String VIEW_SHOW = "cities/show";

	static final String VIEW_FORM = "cities/form";

	static final String VIEW_DELETE = "cities/delete";

	private final Cities cities;

	private final CityDeletion deletion;

	private final AuditTrail auditTrail;

	private final Timelines timelines;

	private final OpenTasks openTasks;

	CityController(Cities cities, CityDeletion deletion, AuditTrail auditTrail, Timelines timelines,
			OpenTasks openTasks) {
		this.cities = cities;
		this.deletion = deletion;
		this.auditTrail = auditTrail;
		this.timelines = timelines;
		this.openTasks = openTasks;
	}

	@InitBinder
	void setAllowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/cities/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("city", this.cities.get(id));
		model.addAttribute("history", this.auditTrail.historyOf("City", id));
		model.addAttribute("timeline", this.timelines.of(TimelineSubject.CITY, id));
		model.addAttribute("openTasks", this.openTasks.about(TimelineSubject.CITY, id));
		return VIEW_SHOW;
	}

	@GetMapping("/cities/new")
	String initCreationForm(Model model) {
		model.addAttribute("cityForm", new CityForm());
		return form(model, null);
	}

	@PostMapping("/cities/new")
	String processCreationForm(@Valid @ModelAttribute("cityForm") CityForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.cities.check(null, form, result);
		if (result.hasErrors()) {
			return form(model, null);
		}
		City city;
		try {
			city = this.cities.create(form);
		}
		catch (DataIntegrityViolationException ex) {
			result.rejectValue("geonamesId", "cities.city.geonamesId.taken");
			return form(model, null);
		}
		redirect.addFlashAttribute("message", "cities.city.created");
		return "redirect:/cities/" + city.getId();
	}

	@GetMapping("/cities/{id:\\d+}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		City city = this.cities.get(id);
		model.addAttribute("cityForm", CityForm.of(city));
		return form(model, city);
	}

	@PostMapping("/cities/{id:\\d+}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("cityForm") CityForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		City city = this.cities.get(id);
		this.cities.check(id, form, result);
		if (result.hasErrors()) {
			return form(model, city);
		}
		try {
			this.cities.update(id, form);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("cities.edit.conflict");
			return form(model, city);
		}
		catch (DataIntegrityViolationException ex) {
			result.rejectValue("geonamesId", "cities.city.geonamesId.taken");
			return form(model, city);
		}
		redirect.addFlashAttribute("message", "cities.city.updated");
		return "redirect:/cities/" + id;
	}

	@GetMapping("/cities/{id:\\d+}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("city", this.cities.get(id));
		return VIEW_DELETE;
	}

	@PostMapping("/cities/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.deletion.delete(id);
		}
		catch (DataIntegrityViolationException ex) {
			redirect.addFlashAttribute("error", "cities.city.inUse");
			return "redirect:/cities/" + id;
		}
		redirect.addFlashAttribute("message", "cities.city.deleted");
		return "redirect:/cities";
	}

	private String form(Model model, City city) {
		model.addAttribute("city", city);
		CityListController.addFilterOptions(model, this.cities);
		return VIEW_FORM;
	}

}
