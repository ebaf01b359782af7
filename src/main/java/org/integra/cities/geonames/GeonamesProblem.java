package org.integra.cities.geonames;

/**
 * Something wrong in a GeoNames file: the line (from 1; 0 for the whole file), a message
 * key and its arguments.
 */
public record GeonamesProblem(long line, String messageKey, Object... arguments) {

}
