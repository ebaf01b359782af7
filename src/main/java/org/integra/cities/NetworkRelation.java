package org.integra.cities;

import org.springframework.modulith.NamedInterface;

/**
 * A city's relation to the network.
 */
@NamedInterface(name = "api", propagate = false)
public enum NetworkRelation {

	MEMBER, CANDIDATE, NONE

}
