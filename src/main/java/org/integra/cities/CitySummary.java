package org.integra.cities;

import org.springframework.modulith.NamedInterface;

/**
 * What other modules need to name a city.
 *
 * @param id the city's id
 * @param name its name
 * @param countryCode ISO code of its country
 * @param relation its relation to the network
 */
@NamedInterface(name = "api", propagate = false)
public record CitySummary(long id, String name, String countryCode, NetworkRelation relation) {

	static CitySummary of(City city) {
		return new CitySummary(city.getId(), city.getName(), city.getCountry().getCode(), city.getNetworkRelation());
	}

}
