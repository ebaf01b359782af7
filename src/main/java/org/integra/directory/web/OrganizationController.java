package org.integra.directory.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.Valid;

import org.integra.audit.AuditTrail;
import org.integra.cities.CountrySummary;
import org.integra.directory.Directory;
import org.integra.directory.DirectoryDuplicates;
import org.integra.directory.Organization;
import org.integra.directory.OrganizationForm;
import org.integra.directory.OrganizationKind;
import org.integra.directory.Relationships;
import org.integra.system.OpenTasks;
import org.integra.system.TimelineSubject;
import org.integra.system.Timelines;

import org.springframework.context.i18n.LocaleContextHolder;
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
 * The directory's organizations: list with search, page, and creating, changing and
 * deleting them.
 */
@Controller
class OrganizationController {

	private final Directory directory;

	private final AuditTrail auditTrail;

	private final Timelines timelines;

	private final Relationships relationships;

	private final DirectoryDuplicates duplicates;

	private final OpenTasks openTasks;

	OrganizationController(Directory directory, AuditTrail auditTrail, Timelines timelines, Relationships relationships,
			DirectoryDuplicates duplicates, OpenTasks openTasks) {
		this.openTasks = openTasks;
		this.directory = directory;
		this.auditTrail = auditTrail;
		this.timelines = timelines;
		this.relationships = relationships;
		this.duplicates = duplicates;
	}

	@InitBinder("organizationForm")
	void setAllowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/directory")
	String home() {
		return "redirect:/directory/organizations";
	}

	@GetMapping("/directory/organizations")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String country, @RequestParam(defaultValue = "1") String page,
			Model model) {
		OrganizationKind kindValue = parseKind(kind);
		int pageNumber = parsePage(page);
		Page<Organization> result = this.directory.searchOrganizations(q, kindValue, country, pageNumber - 1);
		model.addAttribute("organizations", result);
		model.addAttribute("q", q);
		model.addAttribute("kind", kindValue);
		model.addAttribute("country", country);
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("countries", this.directory.countriesByName(LocaleContextHolder.getLocale()));
		model.addAttribute("countryNames", countryNames());
		model.addAttribute("previousHref", link(q, kindValue, country, pageNumber - 1));
		model.addAttribute("nextHref", link(q, kindValue, country, pageNumber + 1));
		return "directory/organizations";
	}

	@GetMapping("/directory/organizations/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("organization", this.directory.organization(id));
		model.addAttribute("people", this.directory.peopleOf(id));
		model.addAttribute("deletable", this.directory.isDeletable(id));
		model.addAttribute("countryNames", countryNames());
		model.addAttribute("history", this.auditTrail.historyOf("Organization", id));
		model.addAttribute("relationships", this.relationships.of(id));
		model.addAttribute("timeline", this.timelines.of(TimelineSubject.ORGANIZATION, id));
		model.addAttribute("openTasks", this.openTasks.about(TimelineSubject.ORGANIZATION, id));
		return "directory/organization";
	}

	@GetMapping("/directory/organizations/new")
	String initCreationForm(Model model) {
		model.addAttribute("organizationForm", new OrganizationForm());
		return form(model, null);
	}

	@PostMapping("/directory/organizations/new")
	String processCreationForm(@Valid @ModelAttribute("organizationForm") OrganizationForm form, BindingResult result,
			@RequestParam(required = false) String confirmDuplicate, Model model, RedirectAttributes redirect) {
		this.directory.check(form, result);
		if (result.hasErrors()
				|| DuplicateWarning.shown(this.duplicates.organizationsMatching(form, null), confirmDuplicate, model)) {
			return form(model, null);
		}
		Organization organization = this.directory.create(form);
		redirect.addFlashAttribute("message", "directory.organization.created");
		return "redirect:/directory/organizations/" + organization.getId();
	}

	@GetMapping("/directory/organizations/{id:\\d+}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		Organization organization = this.directory.organization(id);
		model.addAttribute("organizationForm", OrganizationForm.of(organization));
		return form(model, organization);
	}

	@PostMapping("/directory/organizations/{id:\\d+}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("organizationForm") OrganizationForm form,
			BindingResult result, @RequestParam(required = false) String confirmDuplicate, Model model,
			RedirectAttributes redirect) {
		Organization organization = this.directory.organization(id);
		this.directory.check(form, result);
		if (result.hasErrors()
				|| DuplicateWarning.shown(this.duplicates.organizationsMatching(form, id), confirmDuplicate, model)) {
			return form(model, organization);
		}
		try {
			this.directory.update(id, form);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("directory.edit.conflict");
			return form(model, organization);
		}
		redirect.addFlashAttribute("message", "directory.organization.updated");
		return "redirect:/directory/organizations/" + id;
	}

	@GetMapping("/directory/organizations/{id:\\d+}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("organization", this.directory.organization(id));
		model.addAttribute("blocker", this.directory.deletionBlocker(id));
		return "directory/organization-delete";
	}

	@PostMapping("/directory/organizations/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		if (!this.directory.deleteOrganization(id)) {
			redirect.addFlashAttribute("error", this.directory.deletionBlocker(id));
			return "redirect:/directory/organizations/" + id;
		}
		redirect.addFlashAttribute("message", "directory.organization.deleted");
		return "redirect:/directory/organizations";
	}

	private String form(Model model, Organization organization) {
		model.addAttribute("organization", organization);
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("countries", this.directory.countriesByName(LocaleContextHolder.getLocale()));
		return "directory/organization-form";
	}

	private Map<String, CountrySummary> countryNames() {
		Map<String, CountrySummary> names = new HashMap<>();
		for (CountrySummary country : this.directory.countries()) {
			names.put(country.code(), country);
		}
		return names;
	}

	static OrganizationKind parseKind(String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		for (OrganizationKind value : OrganizationKind.values()) {
			if (value.name().equals(kind)) {
				return value;
			}
		}
		return null;
	}

	static int parsePage(String page) {
		try {
			return Math.max(1, Math.min(100_000, Integer.parseInt(page)));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private static String link(String q, OrganizationKind kind, String country, int page) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/directory/organizations");
		if (q != null && !q.isBlank()) {
			builder.queryParam("q", q);
		}
		if (kind != null) {
			builder.queryParam("kind", kind.name());
		}
		if (country != null && !country.isBlank()) {
			builder.queryParam("country", country);
		}
		builder.queryParam("page", page);
		return builder.encode().build().toUriString();
	}

}
