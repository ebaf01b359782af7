package org.integra.cities.geonames;

import java.util.List;
import java.util.Map;

/**
 * What a GeoNames file holds: the good populated places of the chosen countries, the
 * problems of its bad lines (the first {@link GeonamesParser#MAX_PROBLEMS}, how many in
 * all and on how many lines), and how many populated places each country has in the file,
 * chosen or not.
 */
public record GeonamesFile(List<GeonamesRow> rows, List<GeonamesProblem> problems, long problemCount, long invalidLines,
		Map<String, Integer> placesByCountry) {

	public boolean hasProblems() {
		return this.problemCount > 0;
	}

	/**
	 * Refuses the file when a line is bad: for an import of all or nothing.
	 */
	public GeonamesFile requireNoProblems() {
		if (hasProblems()) {
			throw new GeonamesFileRefusedException(this.problems, this.problemCount);
		}
		return this;
	}

}
