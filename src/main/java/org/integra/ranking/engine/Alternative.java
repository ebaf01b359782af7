package org.integra.ranking.engine;

import java.util.Arrays;
import java.util.Objects;

/**
 * An alternative (a candidate city) with one value per criterion, in the order of the
 * criteria list. A value that is not known is {@link #MISSING}: the alternative is then
 * left out of the ranking and reported as incomplete, never scored as zero.
 *
 * @param id stable identifier, also the last tie-breaker
 * @param label display name, the first tie-breaker among equal scores
 * @param values one value per criterion, {@link #MISSING} where unknown
 */
public record Alternative(String id, String label, double[] values) {

	/** Marks a value that is not known. */
	public static final double MISSING = Double.NaN;

	public Alternative {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(label, "label");
		values = values.clone();
		for (double value : values) {
			if (Double.isInfinite(value)) {
				throw new InvalidRankingInputException(InvalidRankingInputException.Reason.VALUE_NOT_FINITE,
						"Alternative " + id + " has an infinite value");
			}
		}
	}

	@Override
	public double[] values() {
		return this.values.clone();
	}

	double value(int criterion) {
		return this.values[criterion];
	}

	int valueCount() {
		return this.values.length;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Alternative that && this.id.equals(that.id) && this.label.equals(that.label)
				&& Arrays.equals(this.values, that.values);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.id, this.label, Arrays.hashCode(this.values));
	}

	@Override
	public String toString() {
		return "Alternative[id=" + this.id + ", label=" + this.label + ", values=" + Arrays.toString(this.values) + "]";
	}

}
