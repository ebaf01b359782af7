package org.integra.cities.geonames;

/**
 * How a row found its city: by GeoNames id, by the city's name, by one of the city's
 * alternative names (the row's name), or by one of the row's alternate names (the city's
 * name); NONE for a new city.
 */
public enum MatchedBy {

	GEONAMES_ID, NAME, CITY_ALTERNATIVE_NAME, GEONAMES_ALTERNATE_NAME, NONE

}
