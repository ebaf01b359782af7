package org.integra.cities;

/**
 * How a country relates to Mercosur; every city of a state party or an associated state
 * may join the network.
 */
public enum MercosurRelation {

	STATE_PARTY, ASSOCIATED_STATE, OTHER

}
