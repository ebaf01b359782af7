package org.integra.directory.web;

import java.security.Principal;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

import org.integra.directory.Directory;
import org.integra.directory.DirectoryDuplicates;
import org.integra.directory.DirectoryMerge;
import org.integra.directory.MergeRefusedException;
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

	private final Directory directory;

	private final DirectoryDuplicates duplicates;

	private final DirectoryMerge merge;

	MergeController(Directory directory, DirectoryDuplicates duplicates, DirectoryMerge merge) {
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
		model.addAttribute("movedPeople", this.directory.peopleOf(id).size());
		return confirm("organizations", id, merged, this.duplicates.organizationsMatching(id), into,
				this.directory::organization, DirectoryMerge::compare, model);
	}

	@PostMapping("/directory/organizations/{id:\\d+}/merge")
	String mergeOrganizations(@PathVariable long id, @RequestParam(required = false) String into, Principal principal,
			RedirectAttributes redirect) {
		this.directory.organization(id);
		return merge("organizations", id,
				() -> this.merge.mergeOrganizations(id, parseId(into), principal.getName()).getId(), redirect);
	}

	@GetMapping("/directory/people/{id:\\d+}/merge")
	String confirmPersonMerge(@PathVariable long id, @RequestParam(required = false) String into, Model model) {
		return confirm("people", id, this.directory.person(id), this.duplicates.peopleMatching(id), into,
				this.directory::person, DirectoryMerge::compare, model);
	}

	@PostMapping("/directory/people/{id:\\d+}/merge")
	String mergePeople(@PathVariable long id, @RequestParam(required = false) String into, Principal principal,
			RedirectAttributes redirect) {
		this.directory.person(id);
		return merge("people", id, () -> this.merge.mergePeople(id, parseId(into), principal.getName()).getId(),
				redirect);
	}

	/**
	 * The merge page of a record: its probable duplicates and, once one is chosen, the
	 * two side by side or why that choice is refused.
	 */
	private <T> String confirm(String type, long id, T merged, List<T> candidates, String into, LongFunction<T> find,
			BiFunction<T, T, List<DirectoryMerge.FieldComparison>> compare, Model model) {
		Long keptId = parseId(into);
		model.addAttribute("type", type);
		model.addAttribute("merged", merged);
		model.addAttribute("candidates", candidates);
		model.addAttribute("into", keptId);
		if (into != null && !into.isBlank()) {
			String refused = refusal(id, keptId);
			if (refused == null) {
				try {
					T kept = find.apply(keptId);
					model.addAttribute("kept", kept);
					model.addAttribute("comparison", compare.apply(merged, kept));
				}
				catch (NotFoundException ex) {
					refused = "directory.merge.refused.missing";
				}
			}
			model.addAttribute("refused", refused);
		}
		return "directory/merge";
	}

	private String merge(String type, long id, LongSupplier mergeAndKeep, RedirectAttributes redirect) {
		try {
			long kept = mergeAndKeep.getAsLong();
			redirect.addFlashAttribute("message", "directory.merge.done");
			return "redirect:/directory/" + type + "/" + kept;
		}
		catch (MergeRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
			return "redirect:/directory/" + type + "/" + id + "/merge";
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
