package org.integra.portal;

import org.integra.system.Actor;
import org.integra.system.Roles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortalPolicyTests {

	@Test
	void anyoneReadsOnlyAdminsEditTexts() {
		assertThat(PortalPolicy.of(Actor.ANONYMOUS).mayRead()).isTrue();
		assertThat(PortalPolicy.of(Actor.ANONYMOUS).mayEditTexts()).isFalse();
		assertThat(PortalPolicy.of(Actor.of("admin", Roles.ADMIN)).mayEditTexts()).isTrue();
		for (String role : new String[] { Roles.COORDINATOR, Roles.SECRETARIAT, Roles.MENTOR, Roles.VIEWER }) {
			assertThat(PortalPolicy.of(Actor.of("someone", role)).mayEditTexts()).as(role).isFalse();
		}
	}

	@Test
	void sectionsBySlug() {
		assertThat(PortalSection.fromSlug("units")).contains(PortalSection.UNITS);
		assertThat(PortalSection.fromSlug("UNITS")).isEmpty();
		assertThat(PortalSection.fromSlug("x")).isEmpty();
	}

}
