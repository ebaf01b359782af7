package org.integra.directory;

import org.springframework.modulith.NamedInterface;

/**
 * What other modules need of an organization: to name it, link to it and check which
 * outreach channels it may carry; read-only, without its notes or history.
 *
 * @param id its id
 * @param name its name
 * @param kind its kind
 * @param countryCode the country it represents or belongs to, if any
 * @param hostCountryCode the country it sits in (an embassy's host), if any
 * @param cityId the city it governs or is based in, if any
 */
@NamedInterface(name = "api", propagate = false)
public record OrganizationSummary(long id, String name, OrganizationKind kind, String countryCode,
		String hostCountryCode, Long cityId) {

	static OrganizationSummary of(Organization organization) {
		return (organization == null) ? null
				: new OrganizationSummary(organization.getId(), organization.getName(), organization.getKind(),
						organization.getCountryCode(), organization.getHostCountryCode(), organization.getCityId());
	}

}
