package org.integra.cities.geonames;

import java.math.BigDecimal;

/**
 * What matching needs to know about a city already stored.
 */
public record ExistingCity(long id, String name, String countryCode, BigDecimal latitude, BigDecimal longitude,
		Long geonamesId, String alternativeNames, Long population, String populationSource, String admin1) {

	boolean hasCoordinates() {
		return this.latitude != null && this.longitude != null;
	}

}
