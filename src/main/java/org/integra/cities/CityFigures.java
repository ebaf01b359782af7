package org.integra.cities;

import org.springframework.modulith.NamedInterface;

/**
 * The figures of a city that rankings and analyses read for many cities at once.
 *
 * @param id the city's id
 * @param name its name
 * @param countryCode ISO code of its country
 * @param population its population, if known
 * @param seaport its port
 * @param relation its relation to the network
 * @param mercosurRelation its country's relation to Mercosur
 * @param latitude its latitude, if known
 * @param longitude its longitude, if known
 */
@NamedInterface(name = "api", propagate = false)
public record CityFigures(long id, String name, String countryCode, Long population, Seaport seaport,
		NetworkRelation relation, MercosurRelation mercosurRelation, Double latitude, Double longitude) {
}
