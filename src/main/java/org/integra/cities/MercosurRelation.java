package org.integra.cities;

import org.springframework.modulith.NamedInterface;

/**
 * How a country relates to Mercosur; every city of a state party or an associated state
 * may join the network.
 */
@NamedInterface(name = "api", propagate = false)
public enum MercosurRelation {

	STATE_PARTY, ASSOCIATED_STATE, OTHER

}
