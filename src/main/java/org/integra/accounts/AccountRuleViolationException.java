package org.integra.accounts;

import org.integra.system.RefusedException;

import org.springframework.http.HttpStatus;

/**
 * A change to an account that breaks one of the account rules. The message key says which
 * rule, the field (when there is one) what the user should correct.
 */
public class AccountRuleViolationException extends RefusedException {

	private final String field;

	public AccountRuleViolationException(String field, String messageKey, String description) {
		super((field != null) ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT, null, messageKey, new Object[0],
				description);
		this.field = field;
	}

	/**
	 * The input the rule is about: username, password, roles or enabled; null if none.
	 */
	public String getField() {
		return this.field;
	}

}
