package org.integra.accounts;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssigneesTests {

	@Test
	void onlyEnabledAccountsWithARoleThatActsCanBeAssignedWork() {
		assertThat(Assignees.canBeAssigned(true, Set.of(Role.COORDINATOR))).isTrue();
		assertThat(Assignees.canBeAssigned(true, Set.of(Role.MENTOR))).isTrue();
		assertThat(Assignees.canBeAssigned(true, Set.of(Role.SECRETARIAT))).isTrue();
		assertThat(Assignees.canBeAssigned(true, Set.of(Role.VIEWER, Role.ADMIN))).isTrue();
		assertThat(Assignees.canBeAssigned(true, Set.of(Role.VIEWER))).isFalse();
		assertThat(Assignees.canBeAssigned(false, Set.of(Role.ADMIN))).isFalse();
		assertThat(Assignees.canBeAssigned(true, Set.of())).isFalse();
	}

}
