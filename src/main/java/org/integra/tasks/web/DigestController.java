package org.integra.tasks.web;

import java.security.Principal;

import jakarta.validation.Valid;

import org.integra.accounts.UserDirectory;
import org.integra.accounts.UserSummary;
import org.integra.system.ZoneSettings;
import org.integra.tasks.DailyDigest;
import org.integra.tasks.DigestPreference;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's daily digest: whether they want it and from which hour.
 */
@Controller
@RequestMapping("/tasks/digest")
class DigestController {

	static final String VIEW = "tasks/digest";

	private final DailyDigest digest;

	private final UserDirectory accounts;

	private final ZoneSettings zone;

	DigestController(DailyDigest digest, UserDirectory accounts, ZoneSettings zone) {
		this.digest = digest;
		this.accounts = accounts;
		this.zone = zone;
	}

	@GetMapping
	String show(Principal principal, Model model) {
		DigestPreference preference = this.digest.preferenceOf(principal.getName());
		model.addAttribute("digestForm", DigestForm.of(preference));
		return page(principal, preference, model);
	}

	@PostMapping
	String save(@Valid DigestForm digestForm, BindingResult result, Principal principal, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(principal, this.digest.preferenceOf(principal.getName()), model);
		}
		this.digest.change(principal.getName(), digestForm.enabled(), digestForm.getDigestHour());
		redirect.addFlashAttribute("message", "tasks.digest.saved");
		return "redirect:/tasks/digest";
	}

	private String page(Principal principal, DigestPreference preference, Model model) {
		model.addAttribute("hasEmail",
				this.accounts.find(principal.getName()).map(UserSummary::hasEmail).orElse(false));
		model.addAttribute("zone", this.zone.zoneId().getId());
		model.addAttribute("lastSentOn", preference.getLastSentOn());
		return VIEW;
	}

}
