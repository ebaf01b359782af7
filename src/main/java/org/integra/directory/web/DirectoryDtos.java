package org.integra.directory.web;

import java.util.List;
import java.util.function.Function;

import org.integra.directory.Organization;
import org.integra.directory.OrganizationKind;
import org.integra.directory.Person;

import org.springframework.data.domain.Page;

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

	/** One page of a list; {@code page} starts at 1. */
	record PageDto<T>(List<T> items, int page, int size, long totalElements, int totalPages) {

		static <E, T> PageDto<T> of(Page<E> page, Function<E, T> mapper) {
			return new PageDto<>(page.getContent().stream().map(mapper).toList(), page.getNumber() + 1, page.getSize(),
					page.getTotalElements(), page.getTotalPages());
		}

	}

}
