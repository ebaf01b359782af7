package org.integra.accounts;

import org.springframework.modulith.NamedInterface;

/**
 * What other modules need of a user: to address and greet them.
 *
 * @param username their username
 * @param displayName their display name, if any
 * @param email their e-mail address, if any
 * @param language their language, if chosen
 * @param enabled whether their account is enabled
 */
@NamedInterface(name = "api", propagate = false)
public record UserSummary(String username, String displayName, String email, String language, boolean enabled) {

	static UserSummary of(UserAccount account) {
		return new UserSummary(account.getUsername(), account.getDisplayName(), account.getEmail(),
				account.getLanguage(), account.isEnabled());
	}

	/** Whether an e-mail can be sent to them. */
	public boolean hasEmail() {
		return this.email != null && !this.email.isBlank();
	}

	/** The name to greet them by: the display name, else the username. */
	public String greetingName() {
		return (this.displayName != null && !this.displayName.isBlank()) ? this.displayName : this.username;
	}

}
