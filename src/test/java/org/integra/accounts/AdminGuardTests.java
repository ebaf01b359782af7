package org.integra.accounts;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AdminGuardTests {

	private final UserAccount admin = new UserAccount("admin", "Admin", "{noop}x", Set.of(Role.ADMIN), Instant.EPOCH);

	private final UserAccount viewer = new UserAccount("ana", "Ana", "{noop}x", Set.of(Role.VIEWER), Instant.EPOCH);

	@Test
	void anAdministratorCannotDisableThemself() {
		assertThat(violation("admin", this.admin, Set.of(Role.ADMIN), false, 3))
			.isEqualTo("accounts.admin.cannotDisableSelf");
	}

	@Test
	void anAdministratorCannotRemoveTheirOwnAdminRole() {
		assertThat(violation("admin", this.admin, Set.of(Role.VIEWER), true, 3))
			.isEqualTo("accounts.admin.cannotDemoteSelf");
	}

	@Test
	void theLastEnabledAdministratorCannotBeDisabledOrDemoted() {
		assertThat(violation("other", this.admin, Set.of(Role.ADMIN), false, 1)).isEqualTo("accounts.admin.lastAdmin");
		assertThat(violation("other", this.admin, Set.of(Role.COORDINATOR), true, 1))
			.isEqualTo("accounts.admin.lastAdmin");
	}

	@Test
	void anotherAdministratorMayBeDisabledWhileOneRemains() {
		assertThatNoException().isThrownBy(() -> AdminGuard.check("other", this.admin, Set.of(Role.ADMIN), false, 2));
	}

	@Test
	void anAdministratorMayChangeTheirOwnOtherRoles() {
		assertThatNoException()
			.isThrownBy(() -> AdminGuard.check("admin", this.admin, Set.of(Role.ADMIN, Role.COORDINATOR), true, 1));
	}

	@Test
	void ordinaryUsersMayBeDisabled() {
		assertThatNoException().isThrownBy(() -> AdminGuard.check("admin", this.viewer, Set.of(Role.VIEWER), false, 1));
	}

	private static String violation(String acting, UserAccount target, Set<Role> roles, boolean enabled, long admins) {
		return catchThrowableOfType(AccountRuleViolationException.class,
				() -> AdminGuard.check(acting, target, roles, enabled, admins))
			.getMessageKey();
	}

}
