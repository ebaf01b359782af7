package org.integra.accounts;

/**
 * A change to an account that breaks one of the account rules. The message key says which
 * rule, the field (when there is one) what the user should correct.
 */
public class AccountRuleViolation extends RuntimeException {

	private final String field;

	private final String messageKey;

	public AccountRuleViolation(String field, String messageKey, String description) {
		super(description);
		this.field = field;
		this.messageKey = messageKey;
	}

	/**
	 * The input the rule is about: username, password, roles or enabled; null if none.
	 */
	public String getField() {
		return this.field;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
