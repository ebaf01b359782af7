package org.integra.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.integra.system.Actor;
import org.integra.system.Roles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutreachPolicyTests {

	private static OutreachPolicy policy(String name, String... roles) {
		return OutreachPolicy.of(Actor.of(name, roles));
	}

	private static Interaction loggedBy(String user) {
		return new Interaction(
				new InteractionDraft(1L, LocalDate.of(2026, 1, 5), InteractionKind.CALL, Channel.PORTAL, null, null,
						Set.of(), "Llamada", null, InterestLevel.MEDIUM, null, null, null),
				user, Instant.parse("2026-01-05T10:00:00Z"));
	}

	@Test
	void adminsAndCoordinatorsMoveCandidatesButOnlyAdminsSetMember() {
		assertThat(policy("a", Roles.ADMIN).mayMoveCandidates()).isTrue();
		assertThat(policy("a", Roles.ADMIN).maySetMember()).isTrue();
		assertThat(policy("c", Roles.COORDINATOR).mayMoveCandidates()).isTrue();
		assertThat(policy("c", Roles.COORDINATOR).maySetMember()).isFalse();
		for (String role : Set.of(Roles.SECRETARIAT, Roles.MENTOR, Roles.VIEWER)) {
			assertThat(policy("x", role).mayMoveCandidates()).as(role).isFalse();
			assertThat(policy("x", role).maySetMember()).as(role).isFalse();
		}
		assertThat(OutreachPolicy.of(Actor.ANONYMOUS).mayMoveCandidates()).isFalse();
	}

	@Test
	void onlyAdminsCoordinatorsAndMentorsLogInteractions() {
		assertThat(policy("a", Roles.ADMIN).mayLogInteractions()).isTrue();
		assertThat(policy("c", Roles.COORDINATOR).mayLogInteractions()).isTrue();
		assertThat(policy("m", Roles.MENTOR).mayLogInteractions()).isTrue();
		assertThat(policy("s", Roles.SECRETARIAT).mayLogInteractions()).isFalse();
		assertThat(policy("v", Roles.VIEWER).mayLogInteractions()).isFalse();
	}

	@Test
	void aMentorCorrectsOnlyTheInteractionsTheyLogged() {
		Interaction theirs = loggedBy("mentora");
		Interaction others = loggedBy("coordinacion");
		assertThat(policy("mentora", Roles.MENTOR).mayCorrect(theirs)).isTrue();
		assertThat(policy("mentora", Roles.MENTOR).mayCorrect(others)).isFalse();
		assertThat(policy("coordinacion", Roles.COORDINATOR).mayCorrect(theirs)).isTrue();
		assertThat(policy("admin", Roles.ADMIN).mayCorrect(theirs)).isTrue();
		assertThat(policy("mentora", Roles.SECRETARIAT).mayCorrect(theirs)).isFalse();
		assertThat(policy("lectura", Roles.VIEWER).mayCorrect(loggedBy("lectura"))).isFalse();
	}

	@Test
	void onlyAUserWhoIsNothingButAMentorSeesPartOfThePipeline() {
		assertThat(policy("m", Roles.MENTOR).seesWholePipeline()).isFalse();
		assertThat(policy("m", Roles.MENTOR, Roles.VIEWER).seesWholePipeline()).isTrue();
		assertThat(policy("s", Roles.SECRETARIAT).seesWholePipeline()).isTrue();
		assertThat(OutreachPolicy.of(Actor.ANONYMOUS).seesWholePipeline()).isTrue();
	}

}
