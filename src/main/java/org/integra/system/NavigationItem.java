package org.integra.system;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;

/**
 * An entry of the main navigation, contributed by the module that owns the page, so that
 * the layout never links to a module that does not exist.
 *
 * @param id stable identifier, also used to mark the active entry
 * @param messageKey message key of the label
 * @param path where it leads
 * @param order position in the navigation
 * @param roles roles that see it; empty means every signed-in user
 */
public record NavigationItem(String id, String messageKey, String path, int order, Set<String> roles) {

	public static NavigationItem forEveryone(String id, String messageKey, String path, int order) {
		return new NavigationItem(id, messageKey, path, order, Set.of());
	}

	public static NavigationItem forRoles(String id, String messageKey, String path, int order, String... roles) {
		return new NavigationItem(id, messageKey, path, order, Set.copyOf(Arrays.asList(roles)));
	}

	boolean visibleTo(Collection<? extends GrantedAuthority> authorities) {
		return this.roles.isEmpty() || authorities.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch((authority) -> this.roles.contains(authority.replaceFirst("^ROLE_", "")));
	}

}
