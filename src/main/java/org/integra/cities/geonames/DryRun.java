package org.integra.cities.geonames;

import java.util.List;
import java.util.Map;

/**
 * What an import would do: the job to apply and, per kind, the count and the first rows.
 */
public record DryRun(ImportJob job, Map<MatchKind, Integer> counts, Map<MatchKind, List<Sample>> samples) {

	/** Rows shown per kind. */
	public static final int SAMPLE_SIZE = 20;

	/**
	 * One row of the file and what it does.
	 */
	public record Sample(long line, long geonameId, String name, String countryCode, Long cityId, String cityName,
			List<String> changedFields) {

		static Sample of(RowMatch match) {
			return new Sample(match.row().line(), match.row().geonameId(), match.row().name(),
					match.row().countryCode(), (match.existing() != null) ? match.existing().id() : null,
					(match.existing() != null) ? match.existing().name() : null, match.changedFields());
		}

	}

}
