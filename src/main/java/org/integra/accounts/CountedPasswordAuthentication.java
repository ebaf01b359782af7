package org.integra.accounts;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in that counts each attempt in the database before the password is
 * checked (see {@link LoginAttempts}).
 * <p>
 * What a failed attempt learns does not depend on the account: a locked account and a
 * wrong password both fail as bad credentials, and a disabled account is only told so
 * with its right password. A locked account's password is still hashed, so that the time
 * an answer takes does not tell the lock either.
 */
class CountedPasswordAuthentication extends DaoAuthenticationProvider {

	private final LoginAttempts attempts;

	CountedPasswordAuthentication(UserDetailsService users, PasswordEncoder passwords, LoginAttempts attempts) {
		super(users);
		setPasswordEncoder(passwords);
		this.attempts = attempts;
		// the lock is decided by the count, and the disabled flag only after the password
		setPreAuthenticationChecks((user) -> {
		});
		setPostAuthenticationChecks((user) -> {
			if (!user.isEnabled()) {
				throw new DisabledException("the account is disabled");
			}
		});
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		Authentication result = super.authenticate(authentication);
		this.attempts.succeeded(result.getName());
		return result;
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication)
			throws AuthenticationException {
		if (!this.attempts.reserve(user.getUsername())) {
			try {
				super.additionalAuthenticationChecks(user, authentication);
			}
			catch (AuthenticationException ignored) {
				// the answer is the same either way
			}
			throw new LockedException("the account is locked");
		}
		super.additionalAuthenticationChecks(user, authentication);
	}

}
