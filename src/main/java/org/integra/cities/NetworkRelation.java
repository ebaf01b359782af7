package org.integra.cities;

/**
 * A city's relation to the network.
 */
public enum NetworkRelation {

	MEMBER, CANDIDATE, NONE

}
