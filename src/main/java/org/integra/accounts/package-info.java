/**
 * Who may use Integra: user accounts with roles, sign-in with lock-out after repeated
 * failures, each user's language, and personal API tokens for scripts.
 * <p>
 * Other modules use its {@code api} named interface: {@link Accounts} (assignees, mentor
 * cities, who can be assigned), {@link Assignees} and {@link UserDirectory} with
 * {@link UserSummary}; the {@link UserAccount} entity and its repository stay inside.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
		allowedDependencies = { "audit", "cities::api", "system" })
package org.integra.accounts;
