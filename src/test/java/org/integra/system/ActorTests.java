package org.integra.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;

class ActorTests {

	@Test
	void takesTheRolesOfAnAuthenticationWithoutTheirPrefix() {
		Actor actor = Actor.of(UsernamePasswordAuthenticationToken.authenticated("ana", null,
				List.of(new SimpleGrantedAuthority("ROLE_COORDINATOR"), new SimpleGrantedAuthority("FACTOR_OTT"))));
		assertThat(actor.username()).isEqualTo("ana");
		assertThat(actor.roles()).containsExactly(Roles.COORDINATOR);
		assertThat(actor.hasAnyRole(Roles.ADMIN, Roles.COORDINATOR)).isTrue();
		assertThat(actor.hasAnyRole(Roles.ADMIN)).isFalse();
	}

	@Test
	void nobodySignedInHasNoRole() {
		assertThat(Actor.of((org.springframework.security.core.Authentication) null)).isEqualTo(Actor.ANONYMOUS);
		assertThat(Actor.of(new AnonymousAuthenticationToken("key", "anonymousUser",
				List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS")))))
			.isEqualTo(Actor.ANONYMOUS);
		assertThat(Actor.ANONYMOUS.is(null)).isFalse();
	}

}
