package org.integra.cities.geonames;

import java.util.List;
import java.util.Map;

/**
 * What an import would do: the job to apply; per kind, the count and the first rows; the
 * bad lines (the first ones, and how many); and the countries of the file that Integra
 * does not know, with their number of populated places, which no import can bring in.
 */
public record DryRun(ImportJob job, Map<MatchKind, Integer> counts, Map<MatchKind, List<Sample>> samples,
		Map<String, Integer> unknownCountries) {

	/** Rows shown per kind. */
	public static final int SAMPLE_SIZE = 20;

	/**
	 * One row of the file, what it does and how it found its city.
	 */
	public record Sample(long line, long geonameId, String name, String countryCode, Long cityId, String cityName,
			List<String> changedFields, MatchedBy matchedBy) {

		static Sample of(RowMatch match) {
			return new Sample(match.row().line(), match.row().geonameId(), match.row().name(),
					match.row().countryCode(), (match.existing() != null) ? match.existing().id() : null,
					(match.existing() != null) ? match.existing().name() : null, match.changedFields(),
					match.matchedBy());
		}

	}

}
