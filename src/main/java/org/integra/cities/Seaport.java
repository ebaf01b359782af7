package org.integra.cities;

import org.springframework.modulith.NamedInterface;

/**
 * A city's port: NEARBY means the port lies in the same province or metropolitan area but
 * outside the city proper; LAKE and INLAND_PORT are ports on a lake or on a river or
 * lagoon.
 */
@NamedInterface(name = "api", propagate = false)
public enum Seaport {

	NO, YES, NEARBY, LAKE, INLAND_PORT, UNKNOWN

}
