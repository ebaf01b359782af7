package org.integra.accounts;

import java.util.Set;

/**
 * Keeps the system administrable: nobody disables themself or takes away their own ADMIN
 * role, and the last enabled administrator stays an enabled administrator.
 */
final class AdminGuard {

	private AdminGuard() {
	}

	/**
	 * Checks a change of roles and enabled flag of {@code target} made by
	 * {@code actingUsername}.
	 * @param enabledAdmins how many enabled administrators there are now, target included
	 */
	static void check(String actingUsername, UserAccount target, Set<Role> newRoles, boolean newEnabled,
			long enabledAdmins) {
		boolean self = target.getUsername().equals(actingUsername);
		boolean isAdminNow = target.isEnabled() && target.hasRole(Role.ADMIN);
		boolean staysAdmin = newEnabled && newRoles.contains(Role.ADMIN);
		if (self && !newEnabled) {
			throw new AccountRuleViolationException("enabled", "accounts.admin.cannotDisableSelf",
					"an administrator cannot disable their own account");
		}
		if (self && target.hasRole(Role.ADMIN) && !newRoles.contains(Role.ADMIN)) {
			throw new AccountRuleViolationException("roles", "accounts.admin.cannotDemoteSelf",
					"an administrator cannot remove their own ADMIN role");
		}
		if (isAdminNow && !staysAdmin && enabledAdmins <= 1) {
			throw new AccountRuleViolationException(newEnabled ? "roles" : "enabled", "accounts.admin.lastAdmin",
					"the last enabled administrator cannot be disabled or lose the ADMIN role");
		}
	}

}
