/**
 * Candidate ranking: the criteria a coordinator scores candidate cities on (numbers,
 * yes/no, ordinal scales, or values derived from data such as population tier, seaport,
 * thematic overlap and fee-to-budget ratio), the network's thematic units and a city's
 * priority sectors among them, the fee schedule by population bracket (illustrative until
 * the official one is entered), and the values people enter per city with their evidence.
 * The Spring-free {@code engine} sub-package ranks cities by weighted criteria (weighted
 * sum with min–max normalisation, or TOPSIS with vector normalisation), explains each
 * rank per criterion, and measures how robust the top N is to the weights.
 * <p>
 * Events published: {@link CityShortlisted}, by {@link Shortlist#add} when a coordinator
 * shortlists a city. Listened to by outreach ({@code Pipeline}), synchronously and in the
 * caller's transaction, because the city must enter the pipeline as shortlisted if and
 * only if the shortlist entry is stored: a failure in either rolls both back, and the
 * ranking page shows the candidate at once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ranking",
		allowedDependencies = { "audit", "cities::api", "system" })
package org.integra.ranking;
