package org.integra.directory;

import org.springframework.modulith.NamedInterface;

/**
 * What kind of body an organization is.
 */
@NamedInterface(name = "api", propagate = false)
public enum OrganizationKind {

	CITY_GOVERNMENT, PARTNER_NETWORK, EMBASSY, ASSOCIATION, MINISTRY, NETWORK_BODY

}
