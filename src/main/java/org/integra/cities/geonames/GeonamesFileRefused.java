package org.integra.cities.geonames;

import java.util.List;

/**
 * The file cannot be imported; nothing was changed. Carries the first problems and how
 * many there were in all.
 */
public class GeonamesFileRefused extends RuntimeException {

	private final transient List<GeonamesProblem> problems;

	private final long problemCount;

	public GeonamesFileRefused(List<GeonamesProblem> problems, long problemCount) {
		super(problems.isEmpty() ? "refused" : problems.get(0).messageKey());
		this.problems = List.copyOf(problems);
		this.problemCount = problemCount;
	}

	public GeonamesFileRefused(GeonamesProblem problem) {
		this(List.of(problem), 1);
	}

	public List<GeonamesProblem> getProblems() {
		return this.problems;
	}

	public long getProblemCount() {
		return this.problemCount;
	}

}
