package org.integra.ranking;

import org.integra.system.Actor;
import org.integra.system.Roles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RankingPolicyTests {

	@Test
	void adminsAndCoordinatorsShortlist() {
		assertThat(RankingPolicy.of(Actor.of("a", Roles.ADMIN)).mayShortlist()).isTrue();
		assertThat(RankingPolicy.of(Actor.of("c", Roles.COORDINATOR)).mayShortlist()).isTrue();
		assertThat(RankingPolicy.of(Actor.of("s", Roles.SECRETARIAT)).mayShortlist()).isFalse();
		assertThat(RankingPolicy.of(Actor.of("v", Roles.VIEWER)).mayShortlist()).isFalse();
		assertThat(RankingPolicy.of(Actor.ANONYMOUS).mayShortlist()).isFalse();
	}

}
