package org.integra.directory;

import java.util.Locale;
import java.util.Objects;

import org.integra.system.SearchText;

/**
 * When two directory records are probably the same. Organizations: the same folded name
 * (accents, case, punctuation and spacing ignored) and the same country (both without a
 * country counts as the same). People: the same e-mail (case and surrounding spaces
 * ignored), or the same folded name and the same country of their organization (or both
 * without an organization).
 */
public final class DuplicateMatcher {

	private DuplicateMatcher() {
	}

	/**
	 * What an organization is matched on.
	 *
	 * @param name the name as entered
	 * @param countryCode the represented country, or null
	 */
	public record OrganizationFacts(String name, String countryCode) {
	}

	/**
	 * What a person is matched on.
	 *
	 * @param name the name as entered
	 * @param email the e-mail, or null
	 * @param hasOrganization whether the person works in an organization
	 * @param organizationCountry the country of that organization, or null
	 */
	public record PersonFacts(String name, String email, boolean hasOrganization, String organizationCountry) {
	}

	/** The name as compared: folded, without punctuation and repeated spaces. */
	public static String nameKey(String name) {
		return SearchText.normalize(name);
	}

	/** The e-mail as compared: stripped and in lower case; blank becomes null. */
	public static String emailKey(String email) {
		return (email == null || email.isBlank()) ? null : email.strip().toLowerCase(Locale.ROOT);
	}

	public static boolean matches(OrganizationFacts a, OrganizationFacts b) {
		String name = nameKey(a.name());
		return !name.isEmpty() && name.equals(nameKey(b.name()))
				&& Objects.equals(country(a.countryCode()), country(b.countryCode()));
	}

	public static boolean matches(PersonFacts a, PersonFacts b) {
		String email = emailKey(a.email());
		if (email != null && email.equals(emailKey(b.email()))) {
			return true;
		}
		String name = nameKey(a.name());
		if (name.isEmpty() || !name.equals(nameKey(b.name()))) {
			return false;
		}
		if (!a.hasOrganization() && !b.hasOrganization()) {
			return true;
		}
		return a.hasOrganization() && b.hasOrganization()
				&& Objects.equals(country(a.organizationCountry()), country(b.organizationCountry()));
	}

	static OrganizationFacts of(Organization organization) {
		return new OrganizationFacts(organization.getName(), organization.getCountryCode());
	}

	static PersonFacts of(Person person) {
		Organization organization = person.getOrganization();
		return new PersonFacts(person.getName(), person.getEmail(), organization != null,
				(organization != null) ? organization.getCountryCode() : null);
	}

	private static String country(String code) {
		return DirectoryRules.countryCode(code);
	}

}
