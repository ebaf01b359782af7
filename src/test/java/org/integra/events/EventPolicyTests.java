package org.integra.events;

import org.integra.system.Actor;
import org.integra.system.Roles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventPolicyTests {

	@Test
	void coordinatorsAndAdminsRunEvents() {
		assertThat(EventPolicy.of(Actor.of("c", Roles.COORDINATOR)).mayManage()).isTrue();
		assertThat(EventPolicy.of(Actor.of("a", Roles.ADMIN)).mayManage()).isTrue();
		for (String role : new String[] { Roles.SECRETARIAT, Roles.MENTOR, Roles.VIEWER }) {
			assertThat(EventPolicy.of(Actor.of("x", role)).mayManage()).as(role).isFalse();
		}
	}

	@Test
	void everySignedInRoleReadsEventsAndNobodyElse() {
		for (String role : new String[] { Roles.ADMIN, Roles.COORDINATOR, Roles.SECRETARIAT, Roles.MENTOR,
				Roles.VIEWER }) {
			assertThat(EventPolicy.of(Actor.of("x", role)).mayRead()).as(role).isTrue();
		}
		assertThat(EventPolicy.of(Actor.ANONYMOUS).mayRead()).isFalse();
	}

}
