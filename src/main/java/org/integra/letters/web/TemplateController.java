package org.integra.letters.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.integra.audit.AuditTrail;
import org.integra.letters.LetterTemplate;
import org.integra.letters.LetterTemplateForm;
import org.integra.letters.LetterTemplates;
import org.integra.letters.ComposedLetter;
import org.integra.letters.LetterComposer;
import org.integra.letters.TemplateKind;
import org.integra.letters.TemplatePurpose;
import org.integra.letters.TemplateRenderer;
import org.integra.letters.TemplateRules;
import org.integra.system.ValidationFailedException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
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
 * The templates: list, new, edit with a live preview, delete.
 */
@Controller
class TemplateController {

	static final Set<String> FORM_FIELDS = Set.of("name", "purpose", "kind", "language", "subject", "body", "version");

	private final LetterTemplates templates;

	private final LetterComposer letters;

	private final AuditTrail auditTrail;

	TemplateController(LetterTemplates templates, LetterComposer letters, AuditTrail auditTrail) {
		this.templates = templates;
		this.letters = letters;
		this.auditTrail = auditTrail;
	}

	@InitBinder("letterTemplateForm")
	void setAllowedFields(WebDataBinder binder) {
		binder.setAllowedFields(FORM_FIELDS.toArray(String[]::new));
	}

	@GetMapping("/letters/templates")
	String list(@RequestParam(required = false) String purpose, @RequestParam(required = false) String language,
			Model model) {
		TemplatePurpose chosenPurpose = Arrays.stream(TemplatePurpose.values())
			.filter((p) -> p.name().equals(purpose))
			.findFirst()
			.orElse(null);
		String chosenLanguage = (language != null && TemplateRules.LANGUAGES.contains(language)) ? language : null;
		model.addAttribute("templates", this.templates.list(chosenPurpose, chosenLanguage));
		model.addAttribute("purpose", chosenPurpose);
		model.addAttribute("language", chosenLanguage);
		model.addAttribute("purposes", TemplatePurpose.values());
		model.addAttribute("languages", TemplateRules.LANGUAGES);
		return "letters/templates";
	}

	@GetMapping("/letters/templates/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		LetterTemplate template = this.templates.get(id);
		model.addAttribute("template", template);
		model.addAttribute("paragraphs", TemplateRenderer.paragraphs(template.getBody()));
		model.addAttribute("history", this.auditTrail.historyOf("LetterTemplate", id));
		return "letters/template";
	}

	@GetMapping("/letters/templates/new")
	String initCreationForm(Authentication user, Model model) {
		LetterTemplateForm form = new LetterTemplateForm();
		form.setKind(TemplateKind.LETTER);
		form.setLanguage("es");
		model.addAttribute("letterTemplateForm", form);
		return form(model, form, null, user);
	}

	@PostMapping("/letters/templates")
	String processCreationForm(@ModelAttribute("letterTemplateForm") LetterTemplateForm form, BindingResult result,
			Authentication user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			addRuleErrors(form, result);
			return form(model, form, null, user);
		}
		LetterTemplate saved;
		try {
			saved = this.templates.create(form);
		}
		catch (ValidationFailedException ex) {
			ex.copyTo(result, FORM_FIELDS);
			return form(model, form, null, user);
		}
		redirect.addFlashAttribute("message", "letters.template.saved");
		return "redirect:/letters/templates/" + saved.getId();
	}

	@GetMapping("/letters/templates/{id:\\d+}/edit")
	String initUpdateForm(@PathVariable long id, Authentication user, Model model) {
		LetterTemplate template = this.templates.get(id);
		LetterTemplateForm form = LetterTemplateForm.of(template);
		model.addAttribute("letterTemplateForm", form);
		return form(model, form, template, user);
	}

	@PostMapping("/letters/templates/{id:\\d+}/edit")
	String processUpdateForm(@PathVariable long id, @ModelAttribute("letterTemplateForm") LetterTemplateForm form,
			BindingResult result, Authentication user, Model model, RedirectAttributes redirect) {
		LetterTemplate template = this.templates.get(id);
		if (result.hasErrors()) {
			addRuleErrors(form, result);
			return form(model, form, template, user);
		}
		try {
			this.templates.update(id, form);
		}
		catch (ValidationFailedException ex) {
			ex.copyTo(result, FORM_FIELDS);
			return form(model, form, template, user);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("letters.template.stale");
			return form(model, form, template, user);
		}
		redirect.addFlashAttribute("message", "letters.template.saved");
		return "redirect:/letters/templates/" + id;
	}

	/** The live preview of the template being edited, filled for a sample candidate. */
	@PostMapping("/letters/templates/preview")
	String preview(@ModelAttribute("letterTemplateForm") LetterTemplateForm form, BindingResult result,
			Authentication user, Model model) {
		addPreview(model, form, user);
		return "letters/template-form :: preview";
	}

	@GetMapping("/letters/templates/{id:\\d+}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("template", this.templates.get(id));
		return "letters/template-delete";
	}

	@PostMapping("/letters/templates/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		this.templates.delete(id);
		redirect.addFlashAttribute("message", "letters.template.deleted");
		return "redirect:/letters/templates";
	}

	private String form(Model model, LetterTemplateForm form, LetterTemplate template, Authentication user) {
		model.addAttribute("template", template);
		model.addAttribute("purposes", TemplatePurpose.values());
		model.addAttribute("kinds", TemplateKind.values());
		model.addAttribute("languages", TemplateRules.LANGUAGES);
		model.addAttribute("fields", TemplateRenderer.FIELDS);
		model.addAttribute("nameMax", TemplateRules.NAME_MAX);
		model.addAttribute("subjectMax", TemplateRules.SUBJECT_MAX);
		model.addAttribute("bodyMax", TemplateRules.BODY_MAX);
		addPreview(model, form, user);
		return "letters/template-form";
	}

	private void addPreview(Model model, LetterTemplateForm form, Authentication user) {
		ComposedLetter sample = this.letters.sample(form, user.getName());
		model.addAttribute("sample", sample);
		List<String> unknown = new java.util.ArrayList<>(sample.subject().unknown());
		sample.body().unknown().stream().filter((u) -> !unknown.contains(u)).forEach(unknown::add);
		model.addAttribute("unknownFields", unknown);
	}

	/** Beside the values that could not be bound, whatever else the rules refuse. */
	private static void addRuleErrors(LetterTemplateForm form, BindingResult result) {
		try {
			LetterTemplates.checked(form);
		}
		catch (ValidationFailedException ex) {
			ex.addMissingTo(result, FORM_FIELDS);
		}
	}

}
