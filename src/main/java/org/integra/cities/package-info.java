/**
 * The countries of Latin America and the Caribbean and their cities: what the network
 * knows about each city (population with its source, coordinates, capital and port
 * status, GeoNames id) and how it relates to the network (member, candidate or none).
 * Offers pages to search, map and edit cities, a REST API, and {@link CityCatalog} for
 * other modules that need to name or choose cities.
 */
package org.integra.cities;
