package org.integra.accounts;

import org.integra.system.NotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes how users sign in: their own password change, an administrator's reset and
 * unlocking a locked-out user.
 */
@Service
public class AccountPasswords {

	private final UserAccountRepository users;

	private final PasswordEncoder passwords;

	private final UserSessions sessions;

	AccountPasswords(UserAccountRepository users, PasswordEncoder passwords, UserSessions sessions) {
		this.users = users;
		this.passwords = passwords;
		this.sessions = sessions;
	}

	@Transactional
	public void changeOwnPassword(String username, String currentPassword, String newPassword) {
		changeOwnPassword(username, currentPassword, newPassword, null);
	}

	/**
	 * Changes the user's own password and signs them out of every other session, so that
	 * whoever knew the old password is out too.
	 * @param currentSessionId the session that stays signed in; null for none
	 */
	@Transactional
	public void changeOwnPassword(String username, String currentPassword, String newPassword,
			String currentSessionId) {
		UserAccount account = this.users.findByUsername(username)
			.orElseThrow(() -> new NotFoundException("accounts.user.notFound", username));
		if (currentPassword == null || !this.passwords.matches(currentPassword, account.getPasswordHash())) {
			throw new AccountRuleViolationException("currentPassword", "accounts.password.currentWrong",
					"the current password is not correct");
		}
		PasswordPolicy.check(username, newPassword);
		account.setPasswordHash(this.passwords.encode(newPassword));
		this.sessions.endAllExcept(account, currentSessionId);
	}

	/** An administrator sets a new password; this also lifts a lock. */
	@Transactional
	public void resetPassword(long userId, String newPassword) {
		UserAccount account = find(userId);
		PasswordPolicy.check(account.getUsername(), newPassword);
		account.setPasswordHash(this.passwords.encode(newPassword));
		account.unlock();
		this.sessions.endAll(account);
	}

	@Transactional
	public void unlock(long userId) {
		find(userId).unlock();
	}

	private UserAccount find(long userId) {
		return this.users.findById(userId).orElseThrow(() -> new NotFoundException("accounts.user.notFound", userId));
	}

}
