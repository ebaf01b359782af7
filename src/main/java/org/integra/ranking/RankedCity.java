package org.integra.ranking;

import org.integra.cities.MercosurRelation;
import org.integra.cities.NetworkRelation;
import org.integra.cities.Seaport;

/**
 * What the ranking knows about a city besides its criteria values.
 *
 * @param id the city
 * @param name its name
 * @param countryCode ISO code of its country
 * @param population its population, if known
 * @param seaport its port
 * @param relation its relation to the network
 * @param countryRelation its country's relation to Mercosur
 * @param latitude latitude, if known
 * @param longitude longitude, if known
 */
public record RankedCity(long id, String name, String countryCode, Long population, Seaport seaport,
		NetworkRelation relation, MercosurRelation countryRelation, Double latitude, Double longitude) {

}
