package org.integra.outreach;

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

}
