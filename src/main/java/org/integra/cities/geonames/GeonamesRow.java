package org.integra.cities.geonames;

import java.math.BigDecimal;
import java.util.List;

/**
 * One populated place of a GeoNames dump, with the columns Integra uses.
 */
public record GeonamesRow(long line, long geonameId, String name, List<String> alternateNames, BigDecimal latitude,
		BigDecimal longitude, String featureCode, String countryCode, String admin1, Long population,
		String modificationDate) {

	public boolean isNationalCapital() {
		return "PPLC".equals(this.featureCode);
	}

}
