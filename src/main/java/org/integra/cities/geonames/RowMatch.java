package org.integra.cities.geonames;

import java.util.List;

/**
 * A row and what importing it does: the city it matched ({@code null} for a new one) and
 * how, and for an update the fields that change and their new values.
 */
public record RowMatch(GeonamesRow row, MatchKind kind, MatchedBy matchedBy, ExistingCity existing,
		List<String> changedFields, CityValues values) {

}
