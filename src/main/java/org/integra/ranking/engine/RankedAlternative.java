package org.integra.ranking.engine;

import java.util.List;

/**
 * One row of a ranking. Equal scores share a rank (competition ranking 1, 2, 2, 4).
 *
 * @param rank the rank, 1 = best
 * @param alternativeId the alternative
 * @param label its display name
 * @param score weighted sum in [0, 1] or TOPSIS closeness coefficient in [0, 1]
 * @param contributions one per criterion with a weight above zero, in criteria order
 */
public record RankedAlternative(int rank, String alternativeId, String label, double score,
		List<Contribution> contributions) {

	public RankedAlternative {
		// the engine's own rows compute their contributions when read (see
		// ContributionsView)
		contributions = (contributions instanceof ContributionsView) ? contributions : List.copyOf(contributions);
	}

}
