package org.integra.ranking.engine;

import java.util.Arrays;

/**
 * Ordering of scored rows without boxing. Rows are numbered in tie-break order, so among
 * equal scores the lower row number comes first.
 */
final class RankOrder {

	/**
	 * Scores closer than this are a tie. Scores lie in [0, 1]; the tolerance absorbs
	 * rounding between mathematically equal sums computed in different orders.
	 */
	static final double TIE_TOLERANCE = 1e-12;

	private RankOrder() {
	}

	/**
	 * Rows sorted best first; ties (within {@link #TIE_TOLERANCE}) by row number.
	 */
	static int[] sortDescending(double[] scores) {
		int n = scores.length;
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		int[] buffer = new int[n];
		mergeSort(scores, order, buffer, 0, n);
		int start = 0;
		while (start < n) {
			int end = start + 1;
			while (end < n && scores[order[start]] - scores[order[end]] <= TIE_TOLERANCE) {
				end++;
			}
			if (end - start > 1) {
				Arrays.sort(order, start, end);
			}
			start = end;
		}
		return order;
	}

	/**
	 * Competition ranks ("1, 2, 2, 4") for rows in the given order.
	 */
	static int[] competitionRanks(double[] scores, int[] order) {
		int[] ranks = new int[order.length];
		int groupStart = 0;
		for (int position = 0; position < order.length; position++) {
			if (position > 0 && scores[order[groupStart]] - scores[order[position]] > TIE_TOLERANCE) {
				groupStart = position;
			}
			ranks[position] = groupStart + 1;
		}
		return ranks;
	}

	/** Stable merge sort of row numbers by descending score. */
	private static void mergeSort(double[] scores, int[] order, int[] buffer, int from, int to) {
		if (to - from <= 16) {
			for (int i = from + 1; i < to; i++) {
				int row = order[i];
				double score = scores[row];
				int k = i - 1;
				while (k >= from && scores[order[k]] < score) {
					order[k + 1] = order[k];
					k--;
				}
				order[k + 1] = row;
			}
			return;
		}
		int middle = (from + to) >>> 1;
		mergeSort(scores, order, buffer, from, middle);
		mergeSort(scores, order, buffer, middle, to);
		if (scores[order[middle - 1]] >= scores[order[middle]]) {
			return;
		}
		System.arraycopy(order, from, buffer, from, to - from);
		int left = from;
		int right = middle;
		for (int k = from; k < to; k++) {
			if (right >= to || (left < middle && scores[buffer[left]] >= scores[buffer[right]])) {
				order[k] = buffer[left++];
			}
			else {
				order[k] = buffer[right++];
			}
		}
	}

	/**
	 * Marks the {@code n} best rows (ties by row number, exact comparison) in
	 * {@code members} and in the first {@code n} places of {@code heap} with a bounded
	 * min-heap: O(rows · log n), no full sort.
	 * @param heap scratch array of length at least n
	 */
	static void selectTop(double[] scores, int n, int[] heap, boolean[] members) {
		int rows = scores.length;
		Arrays.fill(members, false);
		if (n >= rows) {
			Arrays.fill(members, 0, rows, true);
			for (int i = 0; i < rows; i++) {
				heap[i] = i;
			}
			return;
		}
		for (int i = 0; i < n; i++) {
			heap[i] = i;
		}
		for (int k = n / 2 - 1; k >= 0; k--) {
			siftDown(scores, heap, n, k);
		}
		for (int i = n; i < rows; i++) {
			int worst = heap[0];
			// rows come in increasing number, so an equal score never displaces a member
			if (scores[i] > scores[worst]) {
				heap[0] = i;
				siftDown(scores, heap, n, 0);
			}
		}
		for (int k = 0; k < n; k++) {
			members[heap[k]] = true;
		}
	}

	/** True if row a ranks below row b. */
	private static boolean worse(double[] scores, int a, int b) {
		return scores[a] < scores[b] || (scores[a] == scores[b] && a > b);
	}

	private static void siftDown(double[] scores, int[] heap, int size, int k) {
		int row = heap[k];
		while (true) {
			int child = 2 * k + 1;
			if (child >= size) {
				break;
			}
			if (child + 1 < size && worse(scores, heap[child + 1], heap[child])) {
				child++;
			}
			if (!worse(scores, heap[child], row)) {
				break;
			}
			heap[k] = heap[child];
			k = child;
		}
		heap[k] = row;
	}

}
