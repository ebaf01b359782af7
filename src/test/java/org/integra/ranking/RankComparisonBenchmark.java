package org.integra.ranking;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.integra.ranking.engine.Alternative;
import org.integra.ranking.engine.Method;
import org.integra.ranking.engine.PreparedRanking;
import org.integra.ranking.engine.RankComparison;
import org.integra.ranking.engine.RankingEngine;
import org.integra.ranking.engine.RankingResult;
import org.integra.ranking.engine.WeightedCriterion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Comparing two rankings of many cities (the scoring model comparison page and API):
 * {@code compare} is the rank-change computation alone on two rankings of 50,000 cities;
 * {@code rankBothAndCompare} also re-ranks both sides from prepared data, as the page
 * does when the rankings are cached.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RankComparisonBenchmark {

	@Param({ "50000" })
	public int cities;

	@Param({ "50" })
	public int top;

	private PreparedRanking prepared;

	private RankingResult left;

	private RankingResult right;

	private double[] leftWeights;

	private double[] rightWeights;

	@Setup
	public void setUp() {
		List<WeightedCriterion> criteria = SyntheticCities.criteria(8);
		List<Alternative> alternatives = SyntheticCities.cities(this.cities, 8, 0.05, 1);
		this.prepared = RankingEngine.prepare(criteria, alternatives, Method.WEIGHTED_SUM);
		this.leftWeights = new double[] { 1, 2, 3, 4, 5, 6, 7, 8 };
		this.rightWeights = new double[] { 8, 7, 6, 5, 4, 3, 2, 1 };
		this.left = this.prepared.rank(this.leftWeights);
		this.right = this.prepared.rank(this.rightWeights);
	}

	@Benchmark
	public RankComparison.Result compare() {
		return RankComparison.compare(this.left, this.right, this.top);
	}

	@Benchmark
	public RankComparison.Result rankBothAndCompare() {
		return RankComparison.compare(this.prepared.rank(this.leftWeights), this.prepared.rank(this.rightWeights),
				this.top);
	}

}
