package org.integra.cities;

/**
 * Whether a city is its country's capital. La Paz is the seat of government, while Sucre
 * is Bolivia's constitutional capital.
 */
public enum CapitalStatus {

	NONE, NATIONAL, SEAT_OF_GOVERNMENT

}
