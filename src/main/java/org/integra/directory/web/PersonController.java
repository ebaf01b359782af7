package org.integra.directory.web;

import jakarta.validation.Valid;

import org.integra.audit.AuditTrail;
import org.integra.directory.Directory;
import org.integra.directory.DirectoryDuplicates;
import org.integra.directory.DirectoryRules;
import org.integra.directory.Person;
import org.integra.directory.PersonForm;
import org.integra.system.OpenTasks;
import org.integra.system.TimelineSubject;
import org.integra.system.Timelines;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The directory's people: list with search, page, and creating and changing them.
 */
@Controller
class PersonController {

	private final Directory directory;

	private final AuditTrail auditTrail;

	private final Timelines timelines;

	private final DirectoryDuplicates duplicates;

	private final OpenTasks openTasks;

	PersonController(Directory directory, AuditTrail auditTrail, Timelines timelines, DirectoryDuplicates duplicates,
			OpenTasks openTasks) {
		this.openTasks = openTasks;
		this.directory = directory;
		this.auditTrail = auditTrail;
		this.timelines = timelines;
		this.duplicates = duplicates;
	}

	@InitBinder("personForm")
	void setAllowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/directory/people")
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") String page, Model model) {
		int pageNumber = OrganizationController.parsePage(page);
		Page<Person> result = this.directory.searchPeople(q, null, pageNumber - 1);
		model.addAttribute("people", result);
		model.addAttribute("q", q);
		model.addAttribute("previousHref", link(q, pageNumber - 1));
		model.addAttribute("nextHref", link(q, pageNumber + 1));
		return "directory/people";
	}

	@GetMapping("/directory/people/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("person", this.directory.person(id));
		model.addAttribute("history", this.auditTrail.historyOf("Person", id));
		model.addAttribute("timeline", this.timelines.of(TimelineSubject.PERSON, id));
		model.addAttribute("openTasks", this.openTasks.about(TimelineSubject.PERSON, id));
		return "directory/person";
	}

	@GetMapping("/directory/people/new")
	String initCreationForm(@RequestParam(required = false) Long organization, Model model) {
		PersonForm form = new PersonForm();
		form.setOrganizationId(organization);
		model.addAttribute("personForm", form);
		return form(model, null);
	}

	@PostMapping("/directory/people/new")
	String processCreationForm(@Valid @ModelAttribute("personForm") PersonForm form, BindingResult result,
			@RequestParam(required = false) String confirmDuplicate, Model model, RedirectAttributes redirect) {
		this.directory.check(form, result);
		if (result.hasErrors()
				|| DuplicateWarning.shown(this.duplicates.peopleMatching(form, null), confirmDuplicate, model)) {
			return form(model, null);
		}
		Person person = this.directory.create(form);
		redirect.addFlashAttribute("message", "directory.person.created");
		return "redirect:/directory/people/" + person.getId();
	}

	@GetMapping("/directory/people/{id:\\d+}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		Person person = this.directory.person(id);
		model.addAttribute("personForm", PersonForm.of(person));
		return form(model, person);
	}

	@PostMapping("/directory/people/{id:\\d+}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("personForm") PersonForm form,
			BindingResult result, @RequestParam(required = false) String confirmDuplicate, Model model,
			RedirectAttributes redirect) {
		Person person = this.directory.person(id);
		this.directory.check(form, result);
		if (result.hasErrors()
				|| DuplicateWarning.shown(this.duplicates.peopleMatching(form, id), confirmDuplicate, model)) {
			return form(model, person);
		}
		try {
			this.directory.update(id, form);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("directory.edit.conflict");
			return form(model, person);
		}
		redirect.addFlashAttribute("message", "directory.person.updated");
		return "redirect:/directory/people/" + id;
	}

	private String form(Model model, Person person) {
		model.addAttribute("person", person);
		model.addAttribute("organizations", this.directory.allOrganizations());
		model.addAttribute("languages", DirectoryRules.LANGUAGES);
		return "directory/person-form";
	}

	private static String link(String q, int page) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/directory/people");
		if (q != null && !q.isBlank()) {
			builder.queryParam("q", q);
		}
		builder.queryParam("page", page);
		return builder.encode().build().toUriString();
	}

}
