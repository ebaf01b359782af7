package org.integra.ranking.engine;

import java.util.ArrayList;
import java.util.List;

import org.integra.ranking.engine.RankComparison.Change;
import org.integra.ranking.engine.RankComparison.Result;
import org.integra.ranking.engine.RankComparison.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RankComparisonTests {

	private static RankedAlternative row(int rank, String id, double score) {
		return new RankedAlternative(rank, id, "City " + id, score, List.of());
	}

	private static IncompleteAlternative incomplete(String id) {
		return new IncompleteAlternative(id, "City " + id, List.of("1"));
	}

	private static RankingResult result(List<RankedAlternative> ranked, List<IncompleteAlternative> incomplete) {
		return new RankingResult(Method.WEIGHTED_SUM, List.of("1"), List.of(1.0), ranked, incomplete);
	}

	private static Row rowOf(Result result, String id) {
		return result.rows().stream().filter((row) -> row.alternativeId().equals(id)).findFirst().orElseThrow();
	}

	@Test
	void tellsUpDownSameNewLeftOutAndIncompleteOnEitherSide() {
		// left: a b c d e; f incomplete on the left
		RankingResult left = result(
				List.of(row(1, "a", 0.9), row(2, "b", 0.8), row(3, "c", 0.7), row(4, "d", 0.6), row(5, "e", 0.5)),
				List.of(incomplete("f")));
		// right: c a b f g; d incomplete on the right; e not eligible
		RankingResult right = result(
				List.of(row(1, "c", 0.95), row(2, "a", 0.9), row(3, "b", 0.5), row(4, "f", 0.4), row(5, "g", 0.3)),
				List.of(incomplete("d")));

		Result result = RankComparison.compare(left, right, 50);

		assertThat(result.rows()).extracting(Row::alternativeId).containsExactly("c", "a", "b", "f", "g", "d", "e");
		assertThat(rowOf(result, "c").change()).isEqualTo(Change.UP);
		assertThat(rowOf(result, "c").places()).isEqualTo(2);
		assertThat(rowOf(result, "a").change()).isEqualTo(Change.DOWN);
		assertThat(rowOf(result, "a").places()).isEqualTo(-1);
		assertThat(rowOf(result, "b").change()).isEqualTo(Change.DOWN);
		assertThat(rowOf(result, "f").change()).isEqualTo(Change.INCOMPLETE_LEFT);
		assertThat(rowOf(result, "f").rankedLeft()).isFalse();
		assertThat(rowOf(result, "g").change()).isEqualTo(Change.NEW);
		assertThat(rowOf(result, "g").places()).isZero();
		assertThat(rowOf(result, "d").change()).isEqualTo(Change.INCOMPLETE_RIGHT);
		assertThat(rowOf(result, "d").rankedRight()).isFalse();
		assertThat(rowOf(result, "e").change()).isEqualTo(Change.LEFT_OUT);
		assertThat(rowOf(result, "e").left().rank()).isEqualTo(5);
		assertThat(result.total()).isEqualTo(7);
		assertThat(result.count(Change.UP)).isEqualTo(1);
		assertThat(result.count(Change.DOWN)).isEqualTo(2);
		assertThat(result.count(Change.SAME)).isZero();
		assertThat(result.truncated()).isFalse();
	}

	@Test
	void sameRankingChangesNothing() {
		RankingResult ranking = result(List.of(row(1, "a", 1), row(2, "b", 0.5), row(2, "c", 0.5)), List.of());
		Result result = RankComparison.compare(ranking, ranking, 10);
		assertThat(result.rows()).extracting(Row::change).containsOnly(Change.SAME);
		assertThat(result.count(Change.SAME)).isEqualTo(3);
	}

	@Test
	void tiesKeepTheirSharedRank() {
		RankingResult left = result(List.of(row(1, "a", 1), row(1, "b", 1), row(3, "c", 0)), List.of());
		RankingResult right = result(List.of(row(1, "c", 1), row(2, "a", 0.5), row(2, "b", 0.5)), List.of());
		Result result = RankComparison.compare(left, right, 10);
		assertThat(rowOf(result, "c").places()).isEqualTo(2);
		assertThat(rowOf(result, "a").places()).isEqualTo(-1);
		assertThat(rowOf(result, "b").places()).isEqualTo(-1);
	}

	@Test
	void keepsOnlyTheTopOfEitherSideButCountsEveryone() {
		List<RankedAlternative> leftRows = new ArrayList<>();
		List<RankedAlternative> rightRows = new ArrayList<>();
		int n = 50_000;
		for (int i = 0; i < n; i++) {
			leftRows.add(row(i + 1, "c" + i, 1.0 - i / (double) n));
			// the right ranking is the left one reversed
			rightRows.add(row(i + 1, "c" + (n - 1 - i), 1.0 - i / (double) n));
		}
		Result result = RankComparison.compare(result(leftRows, List.of()), result(rightRows, List.of()), 50);
		assertThat(result.rows()).hasSize(100);
		assertThat(result.total()).isEqualTo(n);
		assertThat(result.truncated()).isTrue();
		assertThat(result.rows().get(0).alternativeId()).isEqualTo("c" + (n - 1));
		assertThat(result.rows().get(0).places()).isEqualTo(n - 1);
		assertThat(result.rows().get(99).alternativeId()).isEqualTo("c0");
		assertThat(result.rows().get(99).change()).isEqualTo(Change.DOWN);
		assertThat(result.count(Change.UP) + result.count(Change.DOWN)).isEqualTo(n);
	}

	@Test
	void emptyRankingsCompareToNothing() {
		Result result = RankComparison.compare(result(List.of(), List.of()), result(List.of(), List.of()), 1);
		assertThat(result.rows()).isEmpty();
		assertThat(result.total()).isZero();
	}

	@Test
	void refusesALimitBelowOne() {
		RankingResult empty = result(List.of(), List.of());
		assertThatIllegalArgumentException().isThrownBy(() -> RankComparison.compare(empty, empty, 0));
	}

}
