package org.integra.cities;

import java.math.BigDecimal;

import org.springframework.modulith.NamedInterface;

/**
 * A city as a map needs it, read without loading the whole city.
 */
@NamedInterface(name = "api", propagate = false)
public record CityPoint(long id, String name, String countryCode, NetworkRelation relation, BigDecimal latitude,
		BigDecimal longitude) {

}
