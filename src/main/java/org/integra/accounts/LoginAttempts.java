package org.integra.accounts;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account and locks it after five in a row; a successful
 * sign-in clears the count.
 */
@Component
class LoginAttempts {

	private final UserAccountRepository users;

	private final Clock clock;

	LoginAttempts(UserAccountRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	// The row is locked while counting: sign-ins to one account may arrive at the same
	// time (a script guessing passwords), and each must count without a version conflict.
	@EventListener
	@Transactional
	void on(AuthenticationFailureBadCredentialsEvent event) {
		this.users.lockByUsername(event.getAuthentication().getName())
			.ifPresent((account) -> account.recordFailedLogin(this.clock.instant()));
	}

	@EventListener
	@Transactional
	void on(AuthenticationSuccessEvent event) {
		this.users.lockByUsername(event.getAuthentication().getName()).ifPresent(UserAccount::recordSuccessfulLogin);
	}

}
