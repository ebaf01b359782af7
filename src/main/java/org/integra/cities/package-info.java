/**
 * The countries of Latin America and the Caribbean and their cities: what the network
 * knows about each city (population with its source, coordinates, capital and port
 * status, GeoNames id) and how it relates to the network (member, candidate or none).
 * Offers pages to search, map and edit cities, a REST API, and {@link CityCatalog} for
 * other modules that need to name or choose cities.
 * <p>
 * Other modules use its {@code api} named interface only: {@link CityCatalog} with
 * {@link CitySummary} and {@link CityPoint}, {@link CountryCatalog} with
 * {@link CountrySummary}, {@link CityFiguresReader} with {@link CityFigures} (a fast bulk
 * read for rankings) and the enums these carry; entities, repositories and the cities'
 * tables stay inside.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cities", allowedDependencies = { "audit", "system" })
package org.integra.cities;
