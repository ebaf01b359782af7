package org.integra.cities;

/**
 * Part of the Americas a country belongs to.
 */
public enum Region {

	SOUTH_AMERICA, CENTRAL_AMERICA, CARIBBEAN, NORTH_AMERICA

}
