package org.integra.accounts.web;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.integra.accounts.AccountPasswords;
import org.integra.accounts.AccountRuleViolationException;
import org.integra.accounts.Accounts;
import org.integra.accounts.ApiTokens;
import org.integra.system.SupportedLanguages;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own account: password, interface language and personal API tokens.
 */
@Controller
@RequestMapping("/account")
class AccountController {

	static final String VIEW = "accounts/account";

	static final String TOKEN_CREATED_VIEW = "accounts/token-created";

	private final Accounts accounts;

	private final AccountPasswords passwords;

	private final ApiTokens tokens;

	private final LocaleResolver locales;

	AccountController(Accounts accounts, AccountPasswords passwords, ApiTokens tokens, LocaleResolver locales) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.tokens = tokens;
		this.locales = locales;
	}

	@GetMapping
	String show(Principal principal, Model model) {
		model.addAttribute("passwordChangeForm", PasswordChangeForm.empty());
		model.addAttribute("tokenForm", TokenForm.empty());
		return page(principal, model);
	}

	@PostMapping("/password")
	String changePassword(@Valid PasswordChangeForm passwordChangeForm, BindingResult result, Principal principal,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmation")
				&& !passwordChangeForm.newPassword().equals(passwordChangeForm.confirmation())) {
			result.rejectValue("confirmation", "accounts.password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.passwords.changeOwnPassword(principal.getName(), passwordChangeForm.currentPassword(),
						passwordChangeForm.newPassword(), request.getSession().getId());
				redirect.addFlashAttribute("message", "accounts.password.changed");
				return "redirect:/account";
			}
			catch (AccountRuleViolationException ex) {
				result.rejectValue("password".equals(ex.getField()) ? "newPassword" : ex.getField(),
						ex.getMessageKey());
			}
		}
		model.addAttribute("tokenForm", TokenForm.empty());
		return page(principal, model);
	}

	@PostMapping("/language")
	String chooseLanguage(@RequestParam(name = "language", defaultValue = "") String language, Principal principal,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!SupportedLanguages.isSupported(language)) {
			redirect.addFlashAttribute("error", "accounts.language.invalid");
			return "redirect:/account";
		}
		this.accounts.setLanguage(principal.getName(), language);
		this.locales.setLocale(request, response, Locale.forLanguageTag(language));
		redirect.addFlashAttribute("message", "accounts.language.saved");
		return "redirect:/account";
	}

	@PostMapping("/tokens")
	String createToken(@Valid TokenForm tokenForm, BindingResult result, Principal principal, Model model,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			model.addAttribute("passwordChangeForm", PasswordChangeForm.empty());
			return page(principal, model);
		}
		// The secret is rendered once, in this response, and stored nowhere: no redirect
		// through the session, and no copy in any cache.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("issued", this.tokens.issue(principal.getName(), tokenForm.name()));
		return TOKEN_CREATED_VIEW;
	}

	@PostMapping("/tokens/{id}/revoke")
	String revokeToken(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		this.tokens.revoke(principal.getName(), id);
		redirect.addFlashAttribute("message", "accounts.token.revoked");
		return "redirect:/account";
	}

	@PostMapping("/tokens/revoke-all")
	String revokeAllTokens(Principal principal, RedirectAttributes redirect) {
		this.tokens.revokeAll(principal.getName());
		redirect.addFlashAttribute("message", "accounts.token.revokedAll");
		return "redirect:/account";
	}

	private String page(Principal principal, Model model) {
		model.addAttribute("account", this.accounts.get(principal.getName()));
		model.addAttribute("tokens", this.tokens.ownedBy(principal.getName()));
		return VIEW;
	}

}
