package org.integra.ranking.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two rankings side by side (two versions of a scoring model, or two models): for every
 * alternative ranked in either, its rank on the left and on the right and how it changed.
 * <p>
 * Rows come in the order of the right ranking; the ones ranked only on the left follow,
 * in the order of the left ranking. Only the rows in the top {@code limit} of either side
 * are kept, so that the comparison of two rankings of 50,000 alternatives stays small;
 * the counts per change cover every alternative.
 */
public final class RankComparison {

	/** How an alternative's place changed from the left ranking to the right one. */
	public enum Change {

		/** Ranked on both sides, better on the right. */
		UP,

		/** Ranked on both sides, worse on the right. */
		DOWN,

		/** Ranked on both sides at the same rank. */
		SAME,

		/**
		 * Ranked only on the right; on the left it was not eligible (or not there at
		 * all).
		 */
		NEW,

		/** Ranked only on the left; on the right it is not eligible. */
		LEFT_OUT,

		/** Ranked only on the right; on the left it lacked values. */
		INCOMPLETE_LEFT,

		/** Ranked only on the left; on the right it lacks values. */
		INCOMPLETE_RIGHT

	}

	/**
	 * One alternative in the comparison.
	 *
	 * @param alternativeId the alternative
	 * @param label its display name
	 * @param left its row in the left ranking, or {@code null} when not ranked there
	 * @param right its row in the right ranking, or {@code null} when not ranked there
	 * @param change how its place changed
	 * @param places how many places it climbed (negative: fell); 0 unless ranked on both
	 * sides
	 */
	public record Row(String alternativeId, String label, RankedAlternative left, RankedAlternative right,
			Change change, int places) {

		public boolean rankedLeft() {
			return this.left != null;
		}

		public boolean rankedRight() {
			return this.right != null;
		}

	}

	/**
	 * The comparison.
	 *
	 * @param rows the rows in the top {@code limit} of either ranking
	 * @param limit the size of the top compared
	 * @param total how many alternatives are ranked on at least one side
	 * @param counts how many alternatives changed in each way, over all of them
	 */
	public record Result(List<Row> rows, int limit, int total, Map<Change, Integer> counts) {

		public Result {
			rows = List.copyOf(rows);
			counts = Collections.unmodifiableMap(new EnumMap<>(counts));
		}

		public int count(Change change) {
			return this.counts.getOrDefault(change, 0);
		}

		/**
		 * Whether some rows were left out because they are outside the top on both sides.
		 */
		public boolean truncated() {
			return this.rows.size() < this.total;
		}

	}

	private RankComparison() {
	}

	/**
	 * Compares two rankings.
	 * @param left the ranking before (or the first model's)
	 * @param right the ranking after (or the second model's)
	 * @param limit keep the rows of the alternatives whose rank is at most this on either
	 * side
	 * @throws IllegalArgumentException if {@code limit} is below 1
	 */
	public static Result compare(RankingResult left, RankingResult right, int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be at least 1");
		}
		Map<String, RankedAlternative> leftRows = new HashMap<>(left.ranked().size() * 2);
		for (RankedAlternative row : left.ranked()) {
			leftRows.put(row.alternativeId(), row);
		}
		Set<String> leftIncomplete = ids(left.incomplete());
		Set<String> rightIncomplete = ids(right.incomplete());
		Map<Change, Integer> counts = new EnumMap<>(Change.class);
		List<Row> rows = new ArrayList<>();
		int total = 0;
		for (RankedAlternative after : right.ranked()) {
			// what stays in leftRows afterwards is ranked only on the left
			RankedAlternative before = leftRows.remove(after.alternativeId());
			Change change;
			int places = 0;
			if (before != null) {
				places = before.rank() - after.rank();
				change = (places > 0) ? Change.UP : (places < 0) ? Change.DOWN : Change.SAME;
			}
			else {
				change = leftIncomplete.contains(after.alternativeId()) ? Change.INCOMPLETE_LEFT : Change.NEW;
			}
			counts.merge(change, 1, Integer::sum);
			total++;
			if (after.rank() <= limit || (before != null && before.rank() <= limit)) {
				rows.add(new Row(after.alternativeId(), after.label(), before, after, change, places));
			}
		}
		for (RankedAlternative before : left.ranked()) {
			if (!leftRows.containsKey(before.alternativeId())) {
				continue;
			}
			Change change = rightIncomplete.contains(before.alternativeId()) ? Change.INCOMPLETE_RIGHT
					: Change.LEFT_OUT;
			counts.merge(change, 1, Integer::sum);
			total++;
			if (before.rank() <= limit) {
				rows.add(new Row(before.alternativeId(), before.label(), before, null, change, 0));
			}
		}
		return new Result(rows, limit, total, counts);
	}

	private static Set<String> ids(List<IncompleteAlternative> incomplete) {
		Set<String> ids = new HashSet<>(incomplete.size() * 2);
		for (IncompleteAlternative alternative : incomplete) {
			ids.add(alternative.alternativeId());
		}
		return ids;
	}

}
