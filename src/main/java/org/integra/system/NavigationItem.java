package org.integra.system;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
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
 * @param items the pages of a menu, in order, each seen by its own roles; empty for a
 * plain link
 */
public record NavigationItem(String id, String messageKey, String path, int order, Set<String> roles,
		List<NavigationItem> items) {

	public static NavigationItem forEveryone(String id, String messageKey, String path, int order) {
		return new NavigationItem(id, messageKey, path, order, Set.of(), List.of());
	}

	public static NavigationItem forRoles(String id, String messageKey, String path, int order, String... roles) {
		return new NavigationItem(id, messageKey, path, order, Set.copyOf(Arrays.asList(roles)), List.of());
	}

	/** One page of a menu. */
	public static NavigationItem page(String id, String messageKey, String path, String... roles) {
		return new NavigationItem(id, messageKey, path, 0, Set.copyOf(Arrays.asList(roles)), List.of());
	}

	/** This entry as a menu of these pages. */
	public NavigationItem withItems(NavigationItem... pages) {
		return new NavigationItem(this.id, this.messageKey, this.path, this.order, this.roles, List.of(pages));
	}

	/** This entry with only the pages of its menu these authorities may see. */
	NavigationItem visibleItems(Collection<? extends GrantedAuthority> authorities) {
		if (this.items.isEmpty()) {
			return this;
		}
		return new NavigationItem(this.id, this.messageKey, this.path, this.order, this.roles,
				this.items.stream().filter((item) -> item.visibleTo(authorities)).toList());
	}

	boolean visibleTo(Collection<? extends GrantedAuthority> authorities) {
		return this.roles.isEmpty() || authorities.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch((authority) -> this.roles.contains(authority.replaceFirst("^ROLE_", "")));
	}

}
