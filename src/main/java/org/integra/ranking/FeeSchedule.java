package org.integra.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A fee schedule: brackets by population that must start at 0, not overlap and leave no
 * gap, so that every population has exactly one annual fee.
 */
public final class FeeSchedule {

	private final List<FeeBracketTerms> brackets;

	public FeeSchedule(List<FeeBracketTerms> brackets) {
		this.brackets = brackets.stream().sorted(Comparator.comparingLong(FeeBracketTerms::populationMin)).toList();
	}

	/**
	 * Message keys of what is wrong with the schedule; empty when it is valid.
	 */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (this.brackets.isEmpty()) {
			problems.add("ranking.fees.problem.empty");
			return problems;
		}
		if (this.brackets.get(0).populationMin() != 0) {
			problems.add("ranking.fees.problem.notFromZero");
		}
		for (int i = 0; i < this.brackets.size(); i++) {
			FeeBracketTerms bracket = this.brackets.get(i);
			if (bracket.populationMin() < 0 || bracket.annualAmount() == null || bracket.annualAmount().signum() < 0) {
				problems.add("ranking.fees.problem.negative");
			}
			if (bracket.populationMax() != null && bracket.populationMax() < bracket.populationMin()) {
				problems.add("ranking.fees.problem.maxBelowMin");
			}
			if (i + 1 < this.brackets.size()) {
				FeeBracketTerms next = this.brackets.get(i + 1);
				if (bracket.populationMax() == null || bracket.populationMax() >= next.populationMin()) {
					problems.add("ranking.fees.problem.overlap");
				}
				else if (bracket.populationMax() + 1 < next.populationMin()) {
					problems.add("ranking.fees.problem.gap");
				}
			}
		}
		if (this.brackets.get(this.brackets.size() - 1).populationMax() != null) {
			problems.add("ranking.fees.problem.notOpenEnded");
		}
		return problems.stream().distinct().toList();
	}

	/**
	 * The bracket a population falls in, if the population is known and some bracket
	 * covers it.
	 */
	public Optional<FeeBracketTerms> bracketFor(Long population) {
		if (population == null || population < 0) {
			return Optional.empty();
		}
		return this.brackets.stream().filter((bracket) -> bracket.covers(population)).findFirst();
	}

	public boolean illustrative() {
		return this.brackets.stream().anyMatch(FeeBracketTerms::illustrative);
	}

	public List<FeeBracketTerms> brackets() {
		return this.brackets;
	}

}
