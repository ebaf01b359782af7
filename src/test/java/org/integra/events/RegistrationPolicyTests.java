package org.integra.events;

import org.integra.system.Actor;
import org.integra.system.Roles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationPolicyTests {

	@Test
	void adminsCoordinatorsAndTheSecretariatSeeRegistrationsAndNobodyElse() {
		for (String role : new String[] { Roles.ADMIN, Roles.COORDINATOR, Roles.SECRETARIAT }) {
			assertThat(EventPolicy.of(Actor.of("x", role)).mayReadRegistrations()).as(role).isTrue();
		}
		for (String role : new String[] { Roles.MENTOR, Roles.VIEWER }) {
			assertThat(EventPolicy.of(Actor.of("x", role)).mayReadRegistrations()).as(role).isFalse();
		}
		assertThat(EventPolicy.of(Actor.ANONYMOUS).mayReadRegistrations()).isFalse();
	}

}
