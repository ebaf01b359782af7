package org.integra.accounts;

import java.util.Set;

import org.integra.system.LanguageChosen;
import org.integra.system.NotFoundException;

import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates users and changes what they may do and how they sign in.
 */
@Service
public class AccountManagement {

	private final UserAccountRepository users;

	private final PasswordEncoder passwords;

	AccountManagement(UserAccountRepository users, PasswordEncoder passwords) {
		this.users = users;
		this.passwords = passwords;
	}

	@Transactional
	public UserAccount create(String username, String displayName, String email, String rawPassword, Set<Role> roles) {
		PasswordPolicy.check(username, rawPassword);
		UserAccount account = new UserAccount(username, displayName, this.passwords.encode(rawPassword), roles);
		account.setEmail(email);
		return this.users.save(account);
	}

	@Transactional
	public void changeOwnPassword(String username, String currentPassword, String newPassword) {
		UserAccount account = find(username);
		if (!this.passwords.matches(currentPassword, account.getPasswordHash())) {
			throw new PasswordPolicy.Violation("accounts.password.current-wrong");
		}
		PasswordPolicy.check(username, newPassword);
		account.setPasswordHash(this.passwords.encode(newPassword));
	}

	@Transactional
	public void resetPassword(long userId, String newPassword) {
		UserAccount account = this.users.findById(userId)
			.orElseThrow(() -> new NotFoundException("accounts.user.not-found", userId));
		PasswordPolicy.check(account.getUsername(), newPassword);
		account.setPasswordHash(this.passwords.encode(newPassword));
		account.unlock();
	}

	@Transactional
	public void setEnabled(long userId, boolean enabled) {
		this.users.findById(userId)
			.orElseThrow(() -> new NotFoundException("accounts.user.not-found", userId))
			.setEnabled(enabled);
	}

	@Transactional
	public void setRoles(long userId, Set<Role> roles) {
		this.users.findById(userId)
			.orElseThrow(() -> new NotFoundException("accounts.user.not-found", userId))
			.setRoles(roles);
	}

	@EventListener
	@Transactional
	void on(LanguageChosen event) {
		this.users.findByUsername(event.username())
			.ifPresent((account) -> account.setLanguage(event.language().getLanguage()));
	}

	private UserAccount find(String username) {
		return this.users.findByUsername(username)
			.orElseThrow(() -> new NotFoundException("accounts.user.not-found", username));
	}

}
