package org.integra.ranking;

import org.integra.ranking.engine.RankedAlternative;

/**
 * A city as it stands in a ranking, before it is shortlisted.
 *
 * @param city the city
 * @param version the scoring model version
 * @param row its row in the ranking with the version's weights
 * @param rankedCities how many cities were ranked
 * @param alreadyShortlisted whether the city is on the shortlist already
 */
public record ShortlistCandidate(RankedCity city, ScoringModelVersion version, RankedAlternative row, int rankedCities,
		boolean alreadyShortlisted) {

}
