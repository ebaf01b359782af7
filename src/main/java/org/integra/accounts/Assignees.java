package org.integra.accounts;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * Who work (a task, an interaction's next step) can be assigned to: an enabled account
 * with a role that acts; a viewer only reads and is never offered.
 */
@NamedInterface(name = "api", propagate = false)
public final class Assignees {

	private Assignees() {
	}

	/**
	 * Someone work can be assigned to.
	 *
	 * @param username what is stored on the task or next step
	 * @param displayName what is shown, the username when the account has no display name
	 */
	@NamedInterface(name = "api", propagate = false)
	public record Assignee(String username, String displayName) {
	}

	/** Whether an account with these roles, enabled or not, can be assigned work. */
	public static boolean canBeAssigned(boolean enabled, Set<Role> roles) {
		return enabled && roles.stream().anyMatch((role) -> role != Role.VIEWER);
	}

	/**
	 * The accounts that can be assigned work, sorted by display name in the locale's
	 * order.
	 */
	static List<Assignee> of(Collection<UserAccount> accounts, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		collator.setStrength(Collator.PRIMARY);
		return accounts.stream()
			.filter((account) -> canBeAssigned(account.isEnabled(), account.getRoles()))
			.map((account) -> new Assignee(account.getUsername(),
					(account.getDisplayName() == null || account.getDisplayName().isBlank()) ? account.getUsername()
							: account.getDisplayName()))
			.sorted(Comparator.comparing(Assignee::displayName, collator).thenComparing(Assignee::username))
			.toList();
	}

}
