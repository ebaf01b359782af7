package org.integra.directory;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * Which directory records a user may refer to, e.g. as the contact of a letter, the
 * intermediary of an interaction or what a task is about. A user limited to some cities
 * (a mentor: the candidates assigned to their city, and their own city) reaches the
 * organizations of those cities, the network's bodies (organizations of the network
 * kinds) and the people who work in either; everyone else reaches the whole directory.
 */
@NamedInterface(name = "api", propagate = false)
public final class DirectoryReach {

	/**
	 * The kinds of organization every user reaches: the network's bodies and networks.
	 */
	public static final Set<OrganizationKind> NETWORK_KINDS = Set
		.copyOf(EnumSet.of(OrganizationKind.NETWORK_BODY, OrganizationKind.PARTNER_NETWORK));

	private static final DirectoryReach EVERYTHING = new DirectoryReach(null);

	/** The cities reached, or {@code null} for every one. */
	private final Set<Long> cityIds;

	private DirectoryReach(Set<Long> cityIds) {
		this.cityIds = (cityIds == null) ? null : Set.copyOf(cityIds);
	}

	public static DirectoryReach everything() {
		return EVERYTHING;
	}

	/** The reach of a user limited to these cities. */
	public static DirectoryReach within(Set<Long> cityIds) {
		return new DirectoryReach(cityIds);
	}

	/**
	 * The reach of a user who sees the cities given, or every city when empty (as
	 * {@code VisibleCities} answers).
	 */
	public static DirectoryReach of(Optional<Set<Long>> visibleCities) {
		return visibleCities.map(DirectoryReach::within).orElse(EVERYTHING);
	}

	public boolean isEverything() {
		return this.cityIds == null;
	}

	/**
	 * Whether an organization of that kind, placed in that city (or none), is reached.
	 */
	public boolean includesOrganization(OrganizationKind kind, Long cityId) {
		if (this.cityIds == null || NETWORK_KINDS.contains(kind)) {
			return true;
		}
		return cityId != null && this.cityIds.contains(cityId);
	}

	public boolean includes(Organization organization) {
		return organization != null && includesOrganization(organization.getKind(), organization.getCityId());
	}

	public boolean includes(OrganizationSummary organization) {
		return organization != null && includesOrganization(organization.kind(), organization.cityId());
	}

	/**
	 * A person is reached through their organization; one without is not, for a limited
	 * user.
	 */
	public boolean includes(Person person) {
		return person != null && (this.cityIds == null || includes(person.getOrganization()));
	}

}
