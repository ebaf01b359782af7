package org.integra.cities;

import java.math.BigDecimal;

/**
 * A city as a map needs it, read without loading the whole city.
 */
public record CityPoint(long id, String name, String countryCode, NetworkRelation relation, BigDecimal latitude,
		BigDecimal longitude) {

}
