package org.integra.tasks;

import org.integra.system.Actor;
import org.integra.system.Roles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskPolicyTests {

	@Test
	void everyRoleButViewerEditsTasks() {
		for (String role : new String[] { Roles.ADMIN, Roles.COORDINATOR, Roles.SECRETARIAT, Roles.MENTOR }) {
			assertThat(TaskPolicy.of(Actor.of("x", role)).mayEditTasks()).as(role).isTrue();
		}
		assertThat(TaskPolicy.of(Actor.of("v", Roles.VIEWER)).mayEditTasks()).isFalse();
		assertThat(TaskPolicy.of(Actor.ANONYMOUS).mayEditTasks()).isFalse();
	}

	@Test
	void onlyAdminsAndCoordinatorsSeeTheTeam() {
		assertThat(TaskPolicy.of(Actor.of("a", Roles.ADMIN)).mayViewTeam()).isTrue();
		assertThat(TaskPolicy.of(Actor.of("c", Roles.COORDINATOR)).mayViewTeam()).isTrue();
		assertThat(TaskPolicy.of(Actor.of("s", Roles.SECRETARIAT)).mayViewTeam()).isFalse();
		assertThat(TaskPolicy.of(Actor.of("m", Roles.MENTOR)).mayViewTeam()).isFalse();
	}

}
