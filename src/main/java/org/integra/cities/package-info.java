/**
 * The countries of Latin America and the Caribbean and their cities: what the network
 * knows about each city (population with its source, coordinates, capital and port
 * status, GeoNames id) and how it relates to the network (member, candidate or none).
 * Offers pages to search, map and edit cities, a REST API, and {@link CityCatalog} for
 * other modules that need to name or choose cities.
 * <p>
 * Other modules use its {@code api} named interface only: {@link CityCatalog} with
 * {@link CitySummary} and {@link CityPoint}, {@link CountryCatalog} with
 * {@link CountrySummary}, {@link CountryNames}, {@link CityFiguresReader} with
 * {@link CityFigures} (a fast bulk read for rankings), {@link CityLookup} (find a city by
 * name, record a new candidate) and the enums these carry; entities, repositories and the
 * cities' tables stay inside.
 * <p>
 * Events published: {@link CityDeleting}, by {@link CityDeletion} before the city's row
 * is deleted. Listened to by accounts (mentors bound to the city), outreach (candidacy,
 * interactions, mentor assignments), letters (the letters kept for it), ranking
 * (shortlist entries, values, sectors) and tasks (the city's tasks), synchronously and in
 * the caller's transaction, because they must delete their rows through their own
 * entities before the city goes, so that the audit trail records each of them, and a
 * failure anywhere keeps the city and all of it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cities", allowedDependencies = { "audit", "system" })
package org.integra.cities;
