package org.integra.outreach;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rules for moving candidates between stages.
 * <p>
 * On the pipeline (identified → shortlisted → contacted → interested → invited → attended
 * → applying → member) a candidate moves forward one step, or one step back with a note
 * to correct a mistake; from any stage but member it may leave for declined or on hold.
 * From on hold it returns to the stage it was on hold from, or is declined; a declined
 * candidate may only be re-opened as identified, with a note. Member is set only by an
 * admin, with a note, until approved applications exist; a member does not move. Who
 * moves at all, and who sets member, the {@link OutreachPolicy} decides.
 */
public final class StageTransitions {

	/** The pipeline steps in order, without the exits. */
	static final List<Stage> PIPELINE = List.of(Stage.IDENTIFIED, Stage.SHORTLISTED, Stage.CONTACTED, Stage.INTERESTED,
			Stage.INVITED, Stage.ATTENDED, Stage.APPLYING, Stage.MEMBER);

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

	/**
	 * Why a move is refused, as a message key, or nothing when it is allowed.
	 * @param from the candidate's stage
	 * @param to the stage asked for
	 * @param heldFrom the stage the candidate was on hold from (only read when
	 * {@code from} is on hold; {@code null} means identified)
	 * @param policy what the user may do
	 * @param note the note given, may be {@code null}
	 */
	public static Optional<String> refusal(Stage from, Stage to, Stage heldFrom, OutreachPolicy policy, String note) {
		if (from == null || to == null) {
			return Optional.of("outreach.move.refused.unknownStage");
		}
		if (!policy.mayMoveCandidates()) {
			return Optional.of("outreach.move.refused.notAllowed");
		}
		boolean noted = note != null && !note.isBlank();
		if (to == from) {
			return Optional.of("outreach.move.refused.same");
		}
		if (from == Stage.MEMBER) {
			return Optional.of("outreach.move.refused.fromMember");
		}
		if (from == Stage.DECLINED) {
			if (to != Stage.IDENTIFIED) {
				return Optional.of("outreach.move.refused.fromDeclined");
			}
			return noted ? Optional.empty() : Optional.of("outreach.move.refused.reopenNote");
		}
		if (from == Stage.ON_HOLD) {
			Stage back = (heldFrom == null || heldFrom.isExit()) ? Stage.IDENTIFIED : heldFrom;
			if (to == Stage.DECLINED) {
				return Optional.empty();
			}
			if (to != back) {
				return Optional.of("outreach.move.refused.fromOnHold");
			}
			return memberRule(to, policy, noted);
		}
		if (to.isExit()) {
			return Optional.empty();
		}
		int step = PIPELINE.indexOf(to) - PIPELINE.indexOf(from);
		if (step == 1) {
			return memberRule(to, policy, noted);
		}
		if (step == -1) {
			return noted ? Optional.empty() : Optional.of("outreach.move.refused.backNote");
		}
		if (to == Stage.MEMBER) {
			return Optional.of("outreach.move.refused.notAllowed");
		}
		return Optional.of(step > 1 ? "outreach.move.refused.skip" : "outreach.move.refused.notAllowed");
	}

	private static Optional<String> memberRule(Stage to, OutreachPolicy policy, boolean noted) {
		if (to != Stage.MEMBER) {
			return Optional.empty();
		}
		if (!policy.maySetMember()) {
			return Optional.of("outreach.move.refused.memberAdminOnly");
		}
		return noted ? Optional.empty() : Optional.of("outreach.move.refused.memberNote");
	}

	/**
	 * The stages a candidate may be moved to by this user, assuming a note is given where
	 * one is required; in pipeline order. None for a user who does not move candidates.
	 */
	public static List<Stage> targets(Stage from, Stage heldFrom, OutreachPolicy policy) {
		List<Stage> targets = new ArrayList<>();
		for (Stage to : Stage.values()) {
			if (refusal(from, to, heldFrom, policy, "note").isEmpty()) {
				targets.add(to);
			}
		}
		return targets;
	}

	/**
	 * The move a form offers first: the next step on the pipeline when it is allowed, the
	 * way back onto the pipeline from an exit; nothing when neither is possible (for
	 * instance applying, for a user who may not set member), so that no move backwards or
	 * out of the pipeline is ever preselected.
	 * @param targets the allowed targets, as {@link #targets} gives them
	 */
	public static Optional<Stage> suggested(Stage from, List<Stage> targets) {
		if (from == null) {
			return Optional.empty();
		}
		if (from.isExit()) {
			return targets.stream().filter((to) -> !to.isExit()).findFirst();
		}
		int index = PIPELINE.indexOf(from);
		return targets.stream().filter((to) -> !to.isExit() && PIPELINE.indexOf(to) > index).findFirst();
	}

}
