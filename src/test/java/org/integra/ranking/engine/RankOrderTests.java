package org.integra.ranking.engine;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RankOrderTests {

	@Test
	void selectionOfTheTopNAgreesWithAFullSortIncludingTies() {
		SplittableRandom random = new SplittableRandom(5);
		for (int round = 0; round < 200; round++) {
			int rows = 1 + random.nextInt(60);
			double[] scores = new double[rows];
			for (int i = 0; i < rows; i++) {
				scores[i] = random.nextInt(8) / 8.0;
			}
			int n = 1 + random.nextInt(rows);
			int[] order = RankOrder.sortDescending(scores);
			boolean[] expected = new boolean[rows];
			for (int p = 0; p < n; p++) {
				expected[order[p]] = true;
			}
			boolean[] members = new boolean[rows];
			RankOrder.selectTop(scores, n, new int[n], members);
			assertThat(members).as(Arrays.toString(scores) + " top " + n).isEqualTo(expected);
		}
	}

	@Test
	void sortIsDescendingAndStableAmongTies() {
		double[] scores = { 0.2, 0.9, 0.2, 0.9, 0.5 };

		int[] order = RankOrder.sortDescending(scores);

		assertThat(order).containsExactly(1, 3, 4, 0, 2);
		assertThat(RankOrder.competitionRanks(scores, order)).containsExactly(1, 1, 3, 4, 4);
	}

}
