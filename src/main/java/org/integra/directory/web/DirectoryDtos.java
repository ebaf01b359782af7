package org.integra.directory.web;

import org.integra.directory.Organization;
import org.integra.directory.OrganizationKind;
import org.integra.directory.Person;

/**
 * How the API shows the directory.
 */
final class DirectoryDtos {

	private DirectoryDtos() {
	}

	record OrganizationDto(long id, String name, OrganizationKind kind, String countryCode, String hostCountryCode,
			String hostCityName, Long cityId, String website, String notes, long version) {

		static OrganizationDto of(Organization o) {
			return new OrganizationDto(o.getId(), o.getName(), o.getKind(), o.getCountryCode(), o.getHostCountryCode(),
					o.getHostCityName(), o.getCityId(), o.getWebsite(), o.getNotes(), o.getVersion());
		}

	}

	record PersonDto(long id, String name, String position, Long organizationId, String organizationName, String email,
			String phone, String preferredLanguage, String notes, long version) {

		static PersonDto of(Person p) {
			Organization o = p.getOrganization();
			return new PersonDto(p.getId(), p.getName(), p.getPosition(), (o != null) ? o.getId() : null,
					(o != null) ? o.getName() : null, p.getEmail(), p.getPhone(), p.getPreferredLanguage(),
					p.getNotes(), p.getVersion());
		}

	}

}
