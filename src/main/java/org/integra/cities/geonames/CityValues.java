package org.integra.cities.geonames;

import java.math.BigDecimal;

/**
 * The values an imported or updated city gets, with its folded search columns (the search
 * text only when the city is written).
 */
public record CityValues(String name, String alternativeNames, String admin1, Long population, String populationSource,
		BigDecimal latitude, BigDecimal longitude, long geonamesId, String nameSearch, String searchText) {

}
