package org.integra.directory;

/**
 * What kind of body an organization is.
 */
public enum OrganizationKind {

	CITY_GOVERNMENT, PARTNER_NETWORK, EMBASSY, ASSOCIATION, MINISTRY, NETWORK_BODY

}
