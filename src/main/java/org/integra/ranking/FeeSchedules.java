package org.integra.ranking;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces the fee schedule as a whole, so that it is never stored with gaps or overlaps.
 */
@Service
public class FeeSchedules {

	private final FeeBracketRepository brackets;

	FeeSchedules(FeeBracketRepository brackets) {
		this.brackets = brackets;
	}

	public List<FeeBracket> brackets() {
		return this.brackets.findAllByOrderByPopulationMinAsc();
	}

	/**
	 * Stores the new schedule when it is valid and returns no problems; otherwise changes
	 * nothing and returns the message keys of its problems.
	 */
	@Transactional
	public List<String> replace(List<FeeBracketTerms> terms) {
		List<String> problems = new FeeSchedule(terms).problems();
		if (!problems.isEmpty()) {
			return problems;
		}
		List<FeeBracket> existing = this.brackets.findAllByOrderByPopulationMinAsc();
		List<FeeBracketTerms> sorted = new FeeSchedule(terms).brackets();
		for (int i = 0; i < sorted.size(); i++) {
			FeeBracket bracket = (i < existing.size()) ? existing.get(i) : new FeeBracket();
			bracket.apply(sorted.get(i));
			this.brackets.save(bracket);
		}
		for (int i = sorted.size(); i < existing.size(); i++) {
			this.brackets.delete(existing.get(i));
		}
		return List.of();
	}

}
