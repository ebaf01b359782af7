package org.integra.accounts.web;

import java.util.Set;

import org.integra.system.MessageKeys;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	/**
	 * The reasons of {@code /login?error=} that the form names; any other value, or none,
	 * shows the wrong-credentials message.
	 */
	private static final Set<String> NAMED_REASONS = Set.of("too-many", "disabled");

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, Model model) {
		if (error != null) {
			model.addAttribute("errorKey",
					MessageKeys.of("login.error", NAMED_REASONS.contains(error) ? error : "bad-credentials"));
		}
		return "accounts/login";
	}

}
