package org.integra.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one scale every score is shown and returned on: points from 0 to 100 with one
 * decimal (rounded half to even, as the pages' number formatting does). The engine scores
 * in [0, 1]; a weighted sum's points are the weighted normalised values ×100, TOPSIS's
 * the closeness coefficient ×100.
 */
public final class ScoreScale {

	/** Decimals of a score in points. */
	public static final int DECIMALS = 1;

	private ScoreScale() {
	}

	/** An engine score (0..1) in points, 0..100, one decimal. */
	public static BigDecimal points(double score) {
		return BigDecimal.valueOf(score).movePointRight(2).setScale(DECIMALS, RoundingMode.HALF_EVEN);
	}

	/** A stored engine score (0..1) in points, 0..100, one decimal. */
	public static BigDecimal points(BigDecimal score) {
		return score.movePointRight(2).setScale(DECIMALS, RoundingMode.HALF_EVEN);
	}

}
