package org.integra.cities.geonames;

/**
 * What importing a row does: creates a city, changes one, or leaves one as it is.
 */
public enum MatchKind {

	NEW, UPDATED, UNCHANGED

}
