package org.integra.directory;

/**
 * An organization of the directory as other modules see it: read-only, without its notes
 * or history.
 *
 * @param id the organization's id
 * @param name its name
 * @param kind what it is
 * @param cityId the city it governs or is based in, if any
 * @param countryCode the country it represents or belongs to, if any
 */
public record OrganizationSummary(long id, String name, OrganizationKind kind, Long cityId, String countryCode) {

	static OrganizationSummary of(Organization organization) {
		return (organization == null) ? null : new OrganizationSummary(organization.getId(), organization.getName(),
				organization.getKind(), organization.getCityId(), organization.getCountryCode());
	}

}
