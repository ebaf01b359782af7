package org.integra.accounts;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/**
 * The outcome of every password sign-in, as Spring Security publishes it: what tests see
 * of attempts whose answers to the client look alike.
 */
public class SignInEvents {

	private final List<AbstractAuthenticationEvent> events = new CopyOnWriteArrayList<>();

	@EventListener
	void on(AbstractAuthenticationEvent event) {
		this.events.add(event);
	}

	/** Attempts whose password was checked and found wrong. */
	public long wrongPasswords(String username) {
		return count(username, AuthenticationFailureBadCredentialsEvent.class);
	}

	/** Attempts refused before their password counted, because the account is locked. */
	public long refusedAsLocked(String username) {
		return this.events.stream()
			.filter((event) -> event instanceof AbstractAuthenticationFailureEvent failure
					&& failure.getException() instanceof org.springframework.security.authentication.LockedException)
			.filter((event) -> username.equals(event.getAuthentication().getName()))
			.count();
	}

	public long successes(String username) {
		return count(username, AuthenticationSuccessEvent.class);
	}

	private long count(String username, Class<? extends AbstractAuthenticationEvent> type) {
		return this.events.stream()
			.filter((event) -> type.equals(event.getClass()))
			.filter((event) -> username.equals(event.getAuthentication().getName()))
			.count();
	}

}
