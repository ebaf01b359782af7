package org.integra.directory.web;

import java.security.Principal;

import jakarta.validation.Valid;

import org.integra.directory.Directory;
import org.integra.directory.Organization;
import org.integra.directory.Relationship;
import org.integra.directory.RelationshipForm;
import org.integra.directory.RelationshipRules;
import org.integra.directory.Relationships;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding a relationship from an organization's page, and deleting one after confirming.
 */
@Controller
class RelationshipController {

	private final Relationships relationships;

	private final Directory directory;

	RelationshipController(Relationships relationships, Directory directory) {
		this.relationships = relationships;
		this.directory = directory;
	}

	@GetMapping("/directory/organizations/{organizationId}/relationships/new")
	String initCreationForm(@PathVariable long organizationId, Model model) {
		Organization organization = this.directory.organization(organizationId);
		model.addAttribute("relationshipForm", new RelationshipPageForm());
		return form(model, organization);
	}

	@PostMapping("/directory/organizations/{organizationId}/relationships")
	String processCreationForm(@PathVariable long organizationId,
			@Valid @ModelAttribute("relationshipForm") RelationshipPageForm pageForm, BindingResult result, Model model,
			Principal principal, RedirectAttributes redirect) {
		Organization organization = this.directory.organization(organizationId);
		RelationshipForm form = null;
		if (!result.hasFieldErrors("kind")) {
			form = pageForm.toForm(organizationId);
			if (form == null) {
				result.rejectValue("kind", "directory.relationship.kind.unknown");
			}
		}
		if (form != null && !result.hasErrors()) {
			BindingResult checked = new BeanPropertyBindingResult(form, "relationship");
			this.relationships.check(form, checked);
			copy(checked, result);
		}
		if (result.hasErrors()) {
			return form(model, organization);
		}
		this.relationships.add(form, principal.getName());
		redirect.addFlashAttribute("message", "directory.relationship.created");
		return "redirect:/directory/organizations/" + organizationId + "#relationships";
	}

	@GetMapping("/directory/relationships/{relationshipId}/delete")
	String confirmDelete(@PathVariable long relationshipId, Model model) {
		Relationship relationship = this.relationships.get(relationshipId);
		model.addAttribute("relationship", relationship);
		model.addAttribute("fromName", this.relationships.nameOf(relationship.getFromOrganizationId()));
		model.addAttribute("toName", this.relationships.nameOf(relationship.getToOrganizationId()));
		return "directory/relationship-delete";
	}

	@PostMapping("/directory/relationships/{relationshipId}/delete")
	String delete(@PathVariable long relationshipId, RedirectAttributes redirect) {
		Relationship relationship = this.relationships.get(relationshipId);
		this.relationships.delete(relationshipId);
		redirect.addFlashAttribute("message", "directory.relationship.deleted");
		return "redirect:/directory/organizations/" + relationship.getFromOrganizationId() + "#relationships";
	}

	private String form(Model model, Organization organization) {
		model.addAttribute("organization", organization);
		model.addAttribute("choices", RelationshipRules.choices());
		model.addAttribute("organizations",
				this.directory.allOrganizations()
					.stream()
					.filter((o) -> !o.getId().equals(organization.getId()))
					.toList());
		return "directory/relationship-form";
	}

	/**
	 * The service's errors on the page's fields: either organization is the other one.
	 */
	private static void copy(BindingResult checked, BindingResult result) {
		for (ObjectError error : checked.getAllErrors()) {
			if (error instanceof FieldError fieldError) {
				String field = switch (fieldError.getField()) {
					case "fromOrganizationId", "toOrganizationId" -> "otherOrganizationId";
					default -> fieldError.getField();
				};
				result.rejectValue(field, fieldError.getCode());
			}
			else {
				result.reject(error.getCode());
			}
		}
	}

}
