package org.integra.system;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is asking: a username and the roles ({@link Roles}) they hold. Made from Spring
 * Security's authentication here and only here, so that each module's policy decides on
 * plain values and can be tested without Spring.
 *
 * @param username the name the user signed in with, or {@code null} for nobody
 * @param roles the roles, without Spring Security's prefix
 */
public record Actor(String username, Set<String> roles) {

	private static final String AUTHORITY_PREFIX = "ROLE_";

	/** Nobody signed in: no name, no role. */
	public static final Actor ANONYMOUS = new Actor(null, Set.of());

	public Actor {
		roles = Set.copyOf(roles);
	}

	/** An actor with these roles, for instance in a test or a scheduled job. */
	public static Actor of(String username, String... roles) {
		return new Actor(username, Set.of(roles));
	}

	/** The caller behind an authentication; anonymous when nobody signed in. */
	public static Actor of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return ANONYMOUS;
		}
		Set<String> roles = new HashSet<>();
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith(AUTHORITY_PREFIX)) {
				roles.add(name.substring(AUTHORITY_PREFIX.length()));
			}
		}
		return new Actor(authentication.getName(), roles);
	}

	/** The caller of the current request or job. */
	public static Actor current() {
		return of(SecurityContextHolder.getContext().getAuthentication());
	}

	/** Whether the actor holds at least one of these roles. */
	public boolean hasAnyRole(String... wanted) {
		return Arrays.stream(wanted).anyMatch(this.roles::contains);
	}

	/** Whether this is the user of that name. */
	public boolean is(String name) {
		return this.username != null && this.username.equals(name);
	}

}
