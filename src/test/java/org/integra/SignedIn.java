package org.integra;

import java.util.function.Supplier;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Runs a call to a service as a signed-in user, for services that ask who is calling;
 * whoever was signed in before is signed in again afterwards.
 */
public final class SignedIn {

	private SignedIn() {
	}

	/** Runs the action as the user with these roles (without the ROLE_ prefix). */
	public static <T> T as(String username, String role, Supplier<T> action) {
		SecurityContext before = SecurityContextHolder.getContext();
		var authentication = new TestingAuthenticationToken(username, "n/a", "ROLE_" + role);
		authentication.setAuthenticated(true);
		SecurityContextHolder.setContext(new SecurityContextImpl(authentication));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

}
