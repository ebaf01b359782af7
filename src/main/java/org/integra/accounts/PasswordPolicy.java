package org.integra.accounts;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters, at most
 * {@value #MAX_LENGTH}, and not the username.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	static void check(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new Violation("accounts.password.too-short",
					"the password must be at least " + MIN_LENGTH + " characters long");
		}
		if (password.length() > MAX_LENGTH) {
			throw new Violation("accounts.password.too-long",
					"the password must not be longer than " + MAX_LENGTH + " characters");
		}
		if (password.equalsIgnoreCase(username)) {
			throw new Violation("accounts.password.is-username",
					"the password must not be the username ('" + username + "')");
		}
	}

	/** A password that breaks the policy; the message key says which rule. */
	public static class Violation extends AccountRuleViolation {

		Violation(String messageKey, String description) {
			super("password", messageKey, description);
		}

	}

}
