package org.integra.accounts;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters, at most
 * {@value #MAX_LENGTH}, and not the username.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	static void check(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new Violation("accounts.password.too-short");
		}
		if (password.length() > MAX_LENGTH) {
			throw new Violation("accounts.password.too-long");
		}
		if (password.equalsIgnoreCase(username)) {
			throw new Violation("accounts.password.is-username");
		}
	}

	/** A password that breaks the policy; the message key says which rule. */
	static class Violation extends RuntimeException {

		private final String messageKey;

		Violation(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		String getMessageKey() {
			return this.messageKey;
		}

	}

}
