package org.integra.ranking;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.integra.ranking.engine.Alternative;
import org.integra.ranking.engine.Method;
import org.integra.ranking.engine.PreparedRanking;
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
 * Re-ranking many cities: target under 20 ms for 50,000 cities × 8 criteria.
 * {@code rerank} ranks prepared data under new weights (the user moves a slider);
 * {@code prepareAndRank} also leaves out incomplete cities and normalises from scratch.
 * Both build the full result with contributions for every city.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RankingBenchmark {

	@Param({ "WEIGHTED_SUM", "TOPSIS" })
	public Method method;

	@Param({ "50000" })
	public int cities;

	@Param({ "8" })
	public int criteriaCount;

	private List<WeightedCriterion> criteria;

	private List<Alternative> alternatives;

	private PreparedRanking prepared;

	private double[][] weightSets;

	private int next;

	@Setup
	public void setUp() {
		this.criteria = SyntheticCities.criteria(this.criteriaCount);
		this.alternatives = SyntheticCities.cities(this.cities, this.criteriaCount, 1);
		this.prepared = RankingEngine.prepare(this.criteria, this.alternatives, this.method);
		this.weightSets = new double[16][this.criteriaCount];
		for (int s = 0; s < this.weightSets.length; s++) {
			for (int j = 0; j < this.criteriaCount; j++) {
				this.weightSets[s][j] = 1 + ((s * 7 + j * 3) % 10);
			}
		}
	}

	@Benchmark
	public RankingResult rerank() {
		this.next = (this.next + 1) % this.weightSets.length;
		return this.prepared.rank(this.weightSets[this.next]);
	}

	@Benchmark
	public RankingResult prepareAndRank() {
		return RankingEngine.rank(this.criteria, this.alternatives, this.method);
	}

}
