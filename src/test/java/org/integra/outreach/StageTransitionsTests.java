package org.integra.outreach;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StageTransitionsTests {

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
		return StageTransitions.refusal(from, to, null, false, null).orElse(null);
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
		assertThat(StageTransitions.refusal(Stage.CONTACTED, Stage.INVITED, null, true, NOTE))
			.contains("outreach.move.refused.skip");
	}

	@Test
	void refusesTheSameStage() {
		for (Stage stage : Stage.values()) {
			assertThat(StageTransitions.refusal(stage, stage, null, true, NOTE)).contains("outreach.move.refused.same");
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
				assertThat(StageTransitions.refusal(Stage.MEMBER, to, null, true, NOTE))
					.contains("outreach.move.refused.fromMember");
			}
		}
	}

	@Test
	void onHoldReturnsToTheStageItWasHeldFromOrIsDeclined() {
		assertThat(StageTransitions.refusal(Stage.ON_HOLD, Stage.INVITED, Stage.INVITED, false, null)).isEmpty();
		assertThat(StageTransitions.refusal(Stage.ON_HOLD, Stage.INTERESTED, Stage.INVITED, false, NOTE))
			.contains("outreach.move.refused.fromOnHold");
		assertThat(StageTransitions.refusal(Stage.ON_HOLD, Stage.ATTENDED, Stage.INVITED, true, NOTE))
			.contains("outreach.move.refused.fromOnHold");
		assertThat(StageTransitions.refusal(Stage.ON_HOLD, Stage.DECLINED, Stage.INVITED, false, null)).isEmpty();
		assertThat(StageTransitions.targets(Stage.ON_HOLD, Stage.CONTACTED, false)).containsExactly(Stage.CONTACTED,
				Stage.DECLINED);
	}

	@Test
	void onHoldWithoutKnownOriginReturnsToIdentified() {
		assertThat(StageTransitions.refusal(Stage.ON_HOLD, Stage.IDENTIFIED, null, false, null)).isEmpty();
		assertThat(StageTransitions.refusal(Stage.ON_HOLD, Stage.SHORTLISTED, null, false, null))
			.contains("outreach.move.refused.fromOnHold");
	}

	@Test
	void onHoldFromApplyingReturnsOnlyThere() {
		assertThat(StageTransitions.refusal(Stage.ON_HOLD, Stage.MEMBER, Stage.APPLYING, true, NOTE))
			.contains("outreach.move.refused.fromOnHold");
	}

	@Test
	void declinedIsReopenedOnlyAsIdentifiedWithANote() {
		assertThat(StageTransitions.refusal(Stage.DECLINED, Stage.IDENTIFIED, null, false, NOTE)).isEmpty();
		assertThat(StageTransitions.refusal(Stage.DECLINED, Stage.IDENTIFIED, null, false, null))
			.contains("outreach.move.refused.reopenNote");
		assertThat(StageTransitions.refusal(Stage.DECLINED, Stage.IDENTIFIED, null, false, "   "))
			.contains("outreach.move.refused.reopenNote");
		for (Stage to : Stage.values()) {
			if (to != Stage.IDENTIFIED && to != Stage.DECLINED) {
				assertThat(StageTransitions.refusal(Stage.DECLINED, to, null, true, NOTE))
					.contains("outreach.move.refused.fromDeclined");
			}
		}
		assertThat(StageTransitions.targets(Stage.DECLINED, null, true)).containsExactly(Stage.IDENTIFIED);
	}

	@Test
	void memberOnlyByAnAdminWithANote() {
		assertThat(StageTransitions.refusal(Stage.APPLYING, Stage.MEMBER, null, false, NOTE))
			.contains("outreach.move.refused.memberAdminOnly");
		assertThat(StageTransitions.refusal(Stage.APPLYING, Stage.MEMBER, null, true, null))
			.contains("outreach.move.refused.memberNote");
		assertThat(StageTransitions.refusal(Stage.APPLYING, Stage.MEMBER, null, true, NOTE)).isEmpty();
		assertThat(StageTransitions.refusal(Stage.INVITED, Stage.MEMBER, null, true, NOTE))
			.contains("outreach.move.refused.notAllowed");
		assertThat(StageTransitions.targets(Stage.APPLYING, null, false)).doesNotContain(Stage.MEMBER);
		assertThat(StageTransitions.targets(Stage.APPLYING, null, true)).contains(Stage.MEMBER);
	}

	@Test
	void oneStepBackOnlyWithANote() {
		assertThat(refusal(Stage.CONTACTED, Stage.SHORTLISTED)).isEqualTo("outreach.move.refused.backNote");
		assertThat(StageTransitions.refusal(Stage.CONTACTED, Stage.SHORTLISTED, null, false, NOTE)).isEmpty();
		assertThat(StageTransitions.refusal(Stage.INVITED, Stage.CONTACTED, null, false, NOTE))
			.contains("outreach.move.refused.notAllowed");
		assertThat(refusal(Stage.IDENTIFIED, Stage.MEMBER)).isEqualTo("outreach.move.refused.notAllowed");
	}

	@Test
	void targetsListEveryAllowedStage() {
		assertThat(StageTransitions.targets(Stage.IDENTIFIED, null, false)).containsExactly(Stage.SHORTLISTED,
				Stage.DECLINED, Stage.ON_HOLD);
		assertThat(StageTransitions.targets(Stage.CONTACTED, null, false)).containsExactly(Stage.SHORTLISTED,
				Stage.INTERESTED, Stage.DECLINED, Stage.ON_HOLD);
		assertThat(StageTransitions.targets(Stage.MEMBER, null, true)).isEmpty();
	}

	@Test
	void unknownStagesAreRefused() {
		assertThat(refusal(null, Stage.SHORTLISTED)).isEqualTo("outreach.move.refused.unknownStage");
		assertThat(refusal(Stage.IDENTIFIED, null)).isEqualTo("outreach.move.refused.unknownStage");
	}

	@Test
	void formsSuggestTheNextStageNeverABackwardOrExitMove() {
		assertThat(suggested(Stage.IDENTIFIED, null, false)).contains(Stage.SHORTLISTED);
		assertThat(suggested(Stage.CONTACTED, null, false)).contains(Stage.INTERESTED);
		assertThat(suggested(Stage.APPLYING, null, true)).contains(Stage.MEMBER);
		assertThat(suggested(Stage.APPLYING, null, false)).isEmpty();
		assertThat(suggested(Stage.ON_HOLD, Stage.INVITED, false)).contains(Stage.INVITED);
		assertThat(suggested(Stage.DECLINED, null, false)).contains(Stage.IDENTIFIED);
		assertThat(suggested(Stage.MEMBER, null, true)).isEmpty();
	}

	private static Optional<Stage> suggested(Stage from, Stage heldFrom, boolean admin) {
		return StageTransitions.suggested(from, StageTransitions.targets(from, heldFrom, admin));
	}

}
