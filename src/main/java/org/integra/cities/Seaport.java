package org.integra.cities;

/**
 * A city's port: NEARBY means the port lies in the same province or metropolitan area but
 * outside the city proper; LAKE and INLAND_PORT are ports on a lake or on a river or
 * lagoon.
 */
public enum Seaport {

	NO, YES, NEARBY, LAKE, INLAND_PORT, UNKNOWN

}
