package org.integra.outreach;

import java.util.Optional;

import org.integra.system.Actor;
import org.integra.system.Roles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StageTransitionsTests {

	private static final OutreachPolicy ADMIN = OutreachPolicy.of(Actor.of("admin", Roles.ADMIN));

	private static final OutreachPolicy COORDINATOR = OutreachPolicy.of(Actor.of("coordinacion", Roles.COORDINATOR));

	@Test
	void aUserWhoDoesNotMoveCandidatesHasNoTargets() {
		OutreachPolicy viewer = OutreachPolicy.of(Actor.of("lectura", Roles.VIEWER, Roles.MENTOR));
		assertThat(StageTransitions.targets(Stage.IDENTIFIED, null, viewer)).isEmpty();
		assertThat(StageTransitions.refusal(Stage.IDENTIFIED, Stage.SHORTLISTED, null, viewer, NOTE))
			.contains("outreach.move.refused.notAllowed");
	}

	@Test
	void shortlistingBringsNewIdentifiedAndExitedCitiesToShortlisted() {
		assertThat(StageTransitions.onShortlist(null)).contains(Stage.SHORTLISTED);
		assertThat(StageTransitions.onShortlist(Stage.IDENTIFIED)).contains(Stage.SHORTLISTED);
		assertThat(StageTransitions.onShortlist(Stage.DECLINED)).contains(Stage.SHORTLISTED);
		assertThat(StageTransitions.onShortlist(Stage.ON_HOLD)).contains(Stage.SHORTLISTED);
	}

	@Test
	void shortlistingNeverMovesACandidateBack() {
		assertThat(StageTransitions.onShortlist(Stage.SHORTLISTED)).isEmpty();
		assertThat(StageTransitions.onShortlist(Stage.INVITED)).isEmpty();
		assertThat(StageTransitions.onShortlist(Stage.MEMBER)).isEmpty();
	}

	private static final String NOTE = "because";

	private static String refusal(Stage from, Stage to) {
		return StageTransitions.refusal(from, to, null, COORDINATOR, null).orElse(null);
	}

	@Test
	void movesForwardOneStepWithoutNote() {
		assertThat(refusal(Stage.IDENTIFIED, Stage.SHORTLISTED)).isNull();
		assertThat(refusal(Stage.SHORTLISTED, Stage.CONTACTED)).isNull();
		assertThat(refusal(Stage.CONTACTED, Stage.INTERESTED)).isNull();
		assertThat(refusal(Stage.INTERESTED, Stage.INVITED)).isNull();
		assertThat(refusal(Stage.INVITED, Stage.ATTENDED)).isNull();
		assertThat(refusal(Stage.ATTENDED, Stage.APPLYING)).isNull();
	}

	@Test
	void neverSkipsAStage() {
		assertThat(refusal(Stage.IDENTIFIED, Stage.CONTACTED)).isEqualTo("outreach.move.refused.skip");
		assertThat(refusal(Stage.SHORTLISTED, Stage.APPLYING)).isEqualTo("outreach.move.refused.skip");
		assertThat(StageTransitions.refusal(Stage.CONTACTED, Stage.INVITED, null, ADMIN, NOTE))
			.contains("outreach.move.refused.skip");
	}

	@Test
	void refusesTheSameStage() {
		for (Stage stage : Stage.values()) {
			assertThat(StageTransitions.refusal(stage, stage, null, ADMIN, NOTE))
				.contains("outreach.move.refused.same");
		}
	}

	@Test
	void exitsFromEveryNonMemberStage() {
		for (Stage stage : StageTransitions.PIPELINE) {
			if (stage == Stage.MEMBER) {
				continue;
			}
			assertThat(refusal(stage, Stage.DECLINED)).isNull();
			assertThat(refusal(stage, Stage.ON_HOLD)).isNull();
		}
		assertThat(refusal(Stage.ON_HOLD, Stage.DECLINED)).isNull();
	}

	@Test
	void aMemberDoesNotMove() {
		for (Stage to : Stage.values()) {
			if (to != Stage.MEMBER) {
				assertThat(StageTransitions.refusal(Stage.MEMBER, to, null, ADMIN, NOTE))
					.contains("outreach.move.refused.fromMember");
			}
		}
	}

	@Test
	void onHoldReturnsToTheStageItWasHeldFromOrIsDeclined() {
		assertThat(StageTransitions.refusal(Stage.ON_HOLD, Stage.INVITED, Stage.INVITED, COORDINATOR, null)).isEmpty();
		assertThat(StageTransitions.refusal(Stage.ON_HOLD, Stage.INTERESTED, Stage.INVITED, COORDINATOR, NOTE))
			.contains("outreach.move.refused.fromOnHold");
		assertThat(StageTransitions.refusal(Stage.ON_HOLD, Stage.ATTENDED, Stage.INVITED, ADMIN, NOTE))
			.contains("outreach.move.refused.fromOnHold");
		assertThat(StageTransitions.refusal(Stage.ON_HOLD, Stage.DECLINED, Stage.INVITED, COORDINATOR, null)).isEmpty();
		assertThat(StageTransitions.targets(Stage.ON_HOLD, Stage.CONTACTED, COORDINATOR))
			.containsExactly(Stage.CONTACTED, Stage.DECLINED);
	}

	@Test
	void onHoldWithoutKnownOriginReturnsToIdentified() {
		assertThat(StageTransitions.refusal(Stage.ON_HOLD, Stage.IDENTIFIED, null, COORDINATOR, null)).isEmpty();
		assertThat(StageTransitions.refusal(Stage.ON_HOLD, Stage.SHORTLISTED, null, COORDINATOR, null))
			.contains("outreach.move.refused.fromOnHold");
	}

	@Test
	void onHoldFromApplyingReturnsOnlyThere() {
		assertThat(StageTransitions.refusal(Stage.ON_HOLD, Stage.MEMBER, Stage.APPLYING, ADMIN, NOTE))
			.contains("outreach.move.refused.fromOnHold");
	}

	@Test
	void declinedIsReopenedOnlyAsIdentifiedWithANote() {
		assertThat(StageTransitions.refusal(Stage.DECLINED, Stage.IDENTIFIED, null, COORDINATOR, NOTE)).isEmpty();
		assertThat(StageTransitions.refusal(Stage.DECLINED, Stage.IDENTIFIED, null, COORDINATOR, null))
			.contains("outreach.move.refused.reopenNote");
		assertThat(StageTransitions.refusal(Stage.DECLINED, Stage.IDENTIFIED, null, COORDINATOR, "   "))
			.contains("outreach.move.refused.reopenNote");
		for (Stage to : Stage.values()) {
			if (to != Stage.IDENTIFIED && to != Stage.DECLINED) {
				assertThat(StageTransitions.refusal(Stage.DECLINED, to, null, ADMIN, NOTE))
					.contains("outreach.move.refused.fromDeclined");
			}
		}
		assertThat(StageTransitions.targets(Stage.DECLINED, null, ADMIN)).containsExactly(Stage.IDENTIFIED);
	}

	@Test
	void memberOnlyByAnAdminWithANote() {
		assertThat(StageTransitions.refusal(Stage.APPLYING, Stage.MEMBER, null, COORDINATOR, NOTE))
			.contains("outreach.move.refused.memberAdminOnly");
		assertThat(StageTransitions.refusal(Stage.APPLYING, Stage.MEMBER, null, ADMIN, null))
			.contains("outreach.move.refused.memberNote");
		assertThat(StageTransitions.refusal(Stage.APPLYING, Stage.MEMBER, null, ADMIN, NOTE)).isEmpty();
		assertThat(StageTransitions.refusal(Stage.INVITED, Stage.MEMBER, null, ADMIN, NOTE))
			.contains("outreach.move.refused.notAllowed");
		assertThat(StageTransitions.targets(Stage.APPLYING, null, COORDINATOR)).doesNotContain(Stage.MEMBER);
		assertThat(StageTransitions.targets(Stage.APPLYING, null, ADMIN)).contains(Stage.MEMBER);
	}

	@Test
	void oneStepBackOnlyWithANote() {
		assertThat(refusal(Stage.CONTACTED, Stage.SHORTLISTED)).isEqualTo("outreach.move.refused.backNote");
		assertThat(StageTransitions.refusal(Stage.CONTACTED, Stage.SHORTLISTED, null, COORDINATOR, NOTE)).isEmpty();
		assertThat(StageTransitions.refusal(Stage.INVITED, Stage.CONTACTED, null, COORDINATOR, NOTE))
			.contains("outreach.move.refused.notAllowed");
		assertThat(refusal(Stage.IDENTIFIED, Stage.MEMBER)).isEqualTo("outreach.move.refused.notAllowed");
	}

	@Test
	void targetsListEveryAllowedStage() {
		assertThat(StageTransitions.targets(Stage.IDENTIFIED, null, COORDINATOR)).containsExactly(Stage.SHORTLISTED,
				Stage.DECLINED, Stage.ON_HOLD);
		assertThat(StageTransitions.targets(Stage.CONTACTED, null, COORDINATOR)).containsExactly(Stage.SHORTLISTED,
				Stage.INTERESTED, Stage.DECLINED, Stage.ON_HOLD);
		assertThat(StageTransitions.targets(Stage.MEMBER, null, ADMIN)).isEmpty();
	}

	@Test
	void unknownStagesAreRefused() {
		assertThat(refusal(null, Stage.SHORTLISTED)).isEqualTo("outreach.move.refused.unknownStage");
		assertThat(refusal(Stage.IDENTIFIED, null)).isEqualTo("outreach.move.refused.unknownStage");
	}

	@Test
	void formsSuggestTheNextStageNeverABackwardOrExitMove() {
		assertThat(suggested(Stage.IDENTIFIED, null, COORDINATOR)).contains(Stage.SHORTLISTED);
		assertThat(suggested(Stage.CONTACTED, null, COORDINATOR)).contains(Stage.INTERESTED);
		assertThat(suggested(Stage.APPLYING, null, ADMIN)).contains(Stage.MEMBER);
		assertThat(suggested(Stage.APPLYING, null, COORDINATOR)).isEmpty();
		assertThat(suggested(Stage.ON_HOLD, Stage.INVITED, COORDINATOR)).contains(Stage.INVITED);
		assertThat(suggested(Stage.DECLINED, null, COORDINATOR)).contains(Stage.IDENTIFIED);
		assertThat(suggested(Stage.MEMBER, null, ADMIN)).isEmpty();
	}

	private static Optional<Stage> suggested(Stage from, Stage heldFrom, OutreachPolicy policy) {
		return StageTransitions.suggested(from, StageTransitions.targets(from, heldFrom, policy));
	}

}
