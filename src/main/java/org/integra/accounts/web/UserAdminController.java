package org.integra.accounts.web;

import java.util.List;

import java.security.Principal;

import jakarta.validation.Valid;

import org.integra.accounts.AccountPasswords;
import org.integra.accounts.AccountRuleViolationException;
import org.integra.accounts.Accounts;
import org.integra.accounts.Role;
import org.integra.accounts.UserAccount;
import org.integra.audit.AuditTrail;
import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's user management: list, create, edit, reset passwords, disable,
 * enable and unlock.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	static final String LIST_VIEW = "accounts/users";

	static final String FORM_VIEW = "accounts/user-form";

	private static final int MAX_QUERY_LENGTH = 200;

	private final Accounts accounts;

	private final AccountPasswords passwords;

	private final CityCatalog cities;

	private final AuditTrail auditTrail;

	UserAdminController(Accounts accounts, AccountPasswords passwords, CityCatalog cities, AuditTrail auditTrail) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.cities = cities;
		this.auditTrail = auditTrail;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@ModelAttribute("memberCities")
	List<CitySummary> memberCities() {
		return this.cities.memberCities();
	}

	@GetMapping
	String list(@RequestParam(name = "q", defaultValue = "") String query,
			@PageableDefault(size = 25, sort = "username") Pageable pageable, Model model) {
		String trimmed = (query.length() > MAX_QUERY_LENGTH) ? query.substring(0, MAX_QUERY_LENGTH) : query;
		model.addAttribute("q", trimmed);
		model.addAttribute("users", this.accounts.search(trimmed, pageable));
		Sort.Order order = pageable.getSort().stream().findFirst().orElse(Sort.Order.asc("username"));
		model.addAttribute("sortProperty", order.getProperty());
		model.addAttribute("sortDescending", order.isDescending());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("newUserForm", NewUserForm.empty());
		return FORM_VIEW;
	}

	@PostMapping
	String processCreationForm(@Valid NewUserForm newUserForm, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			UserAccount created = this.accounts.create(newUserForm.username(), newUserForm.displayName(),
					blankToNull(newUserForm.email()), newUserForm.password(), newUserForm.roles(),
					newUserForm.mentorCityId());
			redirect.addFlashAttribute("message", "accounts.user.created");
			return "redirect:/admin/users/" + created.getId();
		}
		catch (AccountRuleViolationException ex) {
			result.rejectValue(ex.getField(), ex.getMessageKey());
			return FORM_VIEW;
		}
	}

	@GetMapping("/{id}")
	String initUpdateForm(@PathVariable long id, Model model) {
		UserAccount user = this.accounts.get(id);
		showUser(model, user);
		model.addAttribute("editUserForm", EditUserForm.of(user));
		model.addAttribute("passwordResetForm", PasswordResetForm.empty());
		return FORM_VIEW;
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable long id, @Valid EditUserForm editUserForm, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.accounts.update(principal.getName(), id, editUserForm.version(), editUserForm.displayName(),
						blankToNull(editUserForm.email()), editUserForm.roles(), editUserForm.enabled(),
						editUserForm.mentorCityId());
				redirect.addFlashAttribute("message", "accounts.user.saved");
				return "redirect:/admin/users/" + id;
			}
			catch (AccountRuleViolationException ex) {
				reject(result, ex);
			}
		}
		showUser(model, this.accounts.get(id));
		model.addAttribute("passwordResetForm", PasswordResetForm.empty());
		return FORM_VIEW;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @Valid PasswordResetForm passwordResetForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		UserAccount user = this.accounts.get(id);
		if (!result.hasErrors()) {
			try {
				this.passwords.resetPassword(id, passwordResetForm.password());
				redirect.addFlashAttribute("message", "accounts.user.passwordReset");
				return "redirect:/admin/users/" + id;
			}
			catch (AccountRuleViolationException ex) {
				result.rejectValue("password", ex.getMessageKey());
			}
		}
		showUser(model, user);
		model.addAttribute("editUserForm", EditUserForm.of(user));
		return FORM_VIEW;
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		return changeEnabled(id, false, principal, redirect, "accounts.user.wasDisabled");
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		return changeEnabled(id, true, principal, redirect, "accounts.user.wasEnabled");
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		this.passwords.unlock(id);
		redirect.addFlashAttribute("message", "accounts.user.wasUnlocked");
		return "redirect:/admin/users/" + id;
	}

	private String changeEnabled(long id, boolean enabled, Principal principal, RedirectAttributes redirect,
			String successKey) {
		try {
			this.accounts.setEnabled(principal.getName(), id, enabled);
			redirect.addFlashAttribute("message", successKey);
		}
		catch (AccountRuleViolationException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/admin/users/" + id;
	}

	private static void reject(BindingResult result, AccountRuleViolationException violation) {
		if (violation.getField() != null) {
			result.rejectValue(violation.getField(), violation.getMessageKey());
		}
		else {
			result.reject(violation.getMessageKey());
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private void showUser(Model model, UserAccount user) {
		model.addAttribute("user", user);
		model.addAttribute("history", this.auditTrail.historyOf("UserAccount", user.getId()));
	}

}
