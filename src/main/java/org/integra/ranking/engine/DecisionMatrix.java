package org.integra.ranking.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The complete alternatives and the criteria of weight above zero, as one row-major
 * {@code double[]}. Rows are stored in tie-break order (label, then id), so that a stable
 * sort by score leaves tied alternatives in that order.
 */
final class DecisionMatrix {

	final List<WeightedCriterion> criteria;

	final String[] criterionIds;

	final Direction[] directions;

	final double[] weights;

	final String[] ids;

	final String[] labels;

	/** Row-major: value of row i on criterion j at {@code i * columns + j}. */
	final double[] values;

	final int rows;

	final int columns;

	final List<IncompleteAlternative> incomplete;

	private DecisionMatrix(List<WeightedCriterion> criteria, List<Alternative> complete, int[] activeColumns,
			List<IncompleteAlternative> incomplete) {
		this.criteria = List.copyOf(criteria);
		this.columns = criteria.size();
		this.criterionIds = new String[this.columns];
		this.directions = new Direction[this.columns];
		double[] raw = new double[this.columns];
		for (int j = 0; j < this.columns; j++) {
			this.criterionIds[j] = criteria.get(j).id();
			this.directions[j] = criteria.get(j).direction();
			raw[j] = criteria.get(j).weight();
		}
		this.weights = Weights.normalise(raw);
		this.rows = complete.size();
		this.ids = new String[this.rows];
		this.labels = new String[this.rows];
		this.values = new double[this.rows * this.columns];
		for (int i = 0; i < this.rows; i++) {
			Alternative alternative = complete.get(i);
			this.ids[i] = alternative.id();
			this.labels[i] = alternative.label();
			for (int j = 0; j < this.columns; j++) {
				this.values[i * this.columns + j] = alternative.value(activeColumns[j]);
			}
		}
		this.incomplete = List.copyOf(incomplete);
	}

	static DecisionMatrix of(List<WeightedCriterion> criteria, List<Alternative> alternatives) {
		if (criteria.isEmpty()) {
			throw new InvalidRankingInputException(InvalidRankingInputException.Reason.NO_CRITERIA,
					"A scoring model needs at least one criterion");
		}
		List<WeightedCriterion> active = new ArrayList<>();
		List<Integer> activeIndexes = new ArrayList<>();
		for (int j = 0; j < criteria.size(); j++) {
			if (criteria.get(j).weight() > 0) {
				active.add(criteria.get(j));
				activeIndexes.add(j);
			}
		}
		if (active.isEmpty()) {
			throw new InvalidRankingInputException(InvalidRankingInputException.Reason.ALL_WEIGHTS_ZERO,
					"At least one criterion needs a weight above zero");
		}
		int[] activeColumns = activeIndexes.stream().mapToInt(Integer::intValue).toArray();
		Set<String> seen = new HashSet<>();
		List<Alternative> complete = new ArrayList<>();
		List<IncompleteAlternative> incomplete = new ArrayList<>();
		for (Alternative alternative : alternatives) {
			if (!seen.add(alternative.id())) {
				throw new InvalidRankingInputException(InvalidRankingInputException.Reason.DUPLICATE_ALTERNATIVE,
						"Alternative " + alternative.id() + " is given twice");
			}
			if (alternative.valueCount() != criteria.size()) {
				throw new InvalidRankingInputException(InvalidRankingInputException.Reason.WRONG_VALUE_COUNT,
						"Alternative " + alternative.id() + " has " + alternative.valueCount() + " values for "
								+ criteria.size() + " criteria");
			}
			List<String> missing = new ArrayList<>();
			for (int column : activeColumns) {
				if (Double.isNaN(alternative.value(column))) {
					missing.add(criteria.get(column).id());
				}
			}
			if (missing.isEmpty()) {
				complete.add(alternative);
			}
			else {
				incomplete.add(new IncompleteAlternative(alternative.id(), alternative.label(), missing));
			}
		}
		complete.sort(Comparator.comparing(Alternative::label).thenComparing(Alternative::id));
		return new DecisionMatrix(active, complete, activeColumns, incomplete);
	}

	double value(int row, int column) {
		return this.values[row * this.columns + column];
	}

}
