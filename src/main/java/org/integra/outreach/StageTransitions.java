package org.integra.outreach;

import java.util.Optional;

/**
 * Rules for moving candidates between stages.
 */
public final class StageTransitions {

	private StageTransitions() {
	}

	/**
	 * The stage a candidate moves to when it is shortlisted from the ranking: shortlisted
	 * when it is new, identified, declined or on hold; nothing when it is further along
	 * (a later ranking never moves a candidate back).
	 * @param current its stage, or {@code null} if the city is not a candidate yet
	 */
	public static Optional<Stage> onShortlist(Stage current) {
		if (current == null || current == Stage.IDENTIFIED || current.isExit()) {
			return Optional.of(Stage.SHORTLISTED);
		}
		return Optional.empty();
	}

}
