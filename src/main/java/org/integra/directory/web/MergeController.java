package org.integra.directory.web;

import java.security.Principal;
import java.util.List;

import org.integra.directory.DirectoryDuplicates;
import org.integra.directory.DirectoryManagement;
import org.integra.directory.DirectoryMerge;
import org.integra.directory.Organization;
import org.integra.directory.Person;
import org.integra.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Merging duplicate organizations and people: the probable duplicates of a record (a hint
 * loaded into its page), a side-by-side comparison with confirmation, and the merge.
 */
@Controller
class MergeController {

	private final DirectoryManagement directory;

	private final DirectoryDuplicates duplicates;

	private final DirectoryMerge merge;

	MergeController(DirectoryManagement directory, DirectoryDuplicates duplicates, DirectoryMerge merge) {
		this.directory = directory;
		this.duplicates = duplicates;
		this.merge = merge;
	}

	@GetMapping("/directory/organizations/{id:\\d+}/duplicates")
	String organizationDuplicates(@PathVariable long id, Model model) {
		model.addAttribute("matches", this.duplicates.organizationsMatching(id));
		model.addAttribute("mergeBase", "/directory/organizations/" + id + "/merge");
		model.addAttribute("recordBase", "/directory/organizations/");
		return "directory/duplicates :: hint";
	}

	@GetMapping("/directory/people/{id:\\d+}/duplicates")
	String personDuplicates(@PathVariable long id, Model model) {
		model.addAttribute("matches", this.duplicates.peopleMatching(id));
		model.addAttribute("mergeBase", "/directory/people/" + id + "/merge");
		model.addAttribute("recordBase", "/directory/people/");
		return "directory/duplicates :: hint";
	}

	@GetMapping("/directory/organizations/{id:\\d+}/merge")
	String confirmOrganizationMerge(@PathVariable long id, @RequestParam(required = false) String into, Model model) {
		Organization merged = this.directory.organization(id);
		List<Organization> candidates = this.duplicates.organizationsMatching(id);
		Long keptId = parseId(into);
		model.addAttribute("type", "organizations");
		model.addAttribute("merged", merged);
		model.addAttribute("candidates", candidates);
		model.addAttribute("into", keptId);
		model.addAttribute("movedPeople", this.directory.peopleOf(id).size());
		if (into != null && !into.isBlank()) {
			String refused = refusal(id, keptId);
			if (refused == null) {
				try {
					Organization kept = this.directory.organization(keptId);
					model.addAttribute("kept", kept);
					model.addAttribute("comparison", DirectoryMerge.compare(merged, kept));
				}
				catch (NotFoundException ex) {
					refused = "directory.merge.refused.missing";
				}
			}
			model.addAttribute("refused", refused);
		}
		return "directory/merge";
	}

	@PostMapping("/directory/organizations/{id:\\d+}/merge")
	String mergeOrganizations(@PathVariable long id, @RequestParam(required = false) String into, Principal principal,
			RedirectAttributes redirect) {
		this.directory.organization(id);
		try {
			Organization kept = this.merge.mergeOrganizations(id, parseId(into), principal.getName());
			redirect.addFlashAttribute("message", "directory.merge.done");
			return "redirect:/directory/organizations/" + kept.getId();
		}
		catch (DirectoryMerge.Refused ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
			return "redirect:/directory/organizations/" + id + "/merge";
		}
	}

	@GetMapping("/directory/people/{id:\\d+}/merge")
	String confirmPersonMerge(@PathVariable long id, @RequestParam(required = false) String into, Model model) {
		Person merged = this.directory.person(id);
		List<Person> candidates = this.duplicates.peopleMatching(id);
		Long keptId = parseId(into);
		model.addAttribute("type", "people");
		model.addAttribute("merged", merged);
		model.addAttribute("candidates", candidates);
		model.addAttribute("into", keptId);
		if (into != null && !into.isBlank()) {
			String refused = refusal(id, keptId);
			if (refused == null) {
				try {
					Person kept = this.directory.person(keptId);
					model.addAttribute("kept", kept);
					model.addAttribute("comparison", DirectoryMerge.compare(merged, kept));
				}
				catch (NotFoundException ex) {
					refused = "directory.merge.refused.missing";
				}
			}
			model.addAttribute("refused", refused);
		}
		return "directory/merge";
	}

	@PostMapping("/directory/people/{id:\\d+}/merge")
	String mergePeople(@PathVariable long id, @RequestParam(required = false) String into, Principal principal,
			RedirectAttributes redirect) {
		this.directory.person(id);
		try {
			Person kept = this.merge.mergePeople(id, parseId(into), principal.getName());
			redirect.addFlashAttribute("message", "directory.merge.done");
			return "redirect:/directory/people/" + kept.getId();
		}
		catch (DirectoryMerge.Refused ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
			return "redirect:/directory/people/" + id + "/merge";
		}
	}

	/** Why merging into the chosen id is refused before looking it up, or null. */
	private static String refusal(long id, Long keptId) {
		if (keptId == null) {
			return "directory.merge.refused.missing";
		}
		return (keptId == id) ? "directory.merge.refused.self" : null;
	}

	static Long parseId(String text) {
		if (text == null || !text.strip().matches("\\d{1,15}")) {
			return null;
		}
		return Long.parseLong(text.strip());
	}

}
