package org.integra.ranking;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.integra.ranking.engine.Method;
import org.integra.ranking.engine.PreparedRanking;
import org.integra.ranking.engine.RankingEngine;
import org.integra.ranking.engine.TopNProbability;
import org.integra.ranking.engine.WeightInterval;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Robustness of the top 10: target under 1 s for 2,000 eligible cities × 10,000 weight
 * samples (±10 percentage points); 50,000 cities show what the ranking page meets with a
 * large GeoNames import.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RobustnessBenchmark {

	@Param({ "WEIGHTED_SUM", "TOPSIS" })
	public Method method;

	@Param({ "2000", "50000" })
	public int cities;

	@Param({ "8" })
	public int criteriaCount;

	@Param({ "10000" })
	public int samples;

	private PreparedRanking prepared;

	private long seed;

	@Setup
	public void setUp() {
		this.prepared = RankingEngine.prepare(SyntheticCities.criteria(this.criteriaCount),
				SyntheticCities.cities(this.cities, this.criteriaCount, 2), this.method);
	}

	@Benchmark
	public List<TopNProbability> topTenProbabilities() {
		return this.prepared.robustness().topNProbabilities(10, 10, this.samples, this.seed++);
	}

	@Benchmark
	public List<WeightInterval> topTenWeightIntervals() {
		return this.prepared.robustness().weightIntervals(10);
	}

}
