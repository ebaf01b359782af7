package org.integra.directory;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryReachTests {

	static final long CANDIDATE = 10;

	static final long MENTOR_CITY = 20;

	static final long OTHER_CITY = 30;

	final DirectoryReach mentor = DirectoryReach.of(Optional.of(Set.of(CANDIDATE, MENTOR_CITY)));

	@Test
	void aMentorReachesTheGovernmentsOfTheirCandidatesAndOfTheirOwnCity() {
		assertThat(this.mentor.includes(government(CANDIDATE))).isTrue();
		assertThat(this.mentor.includes(government(MENTOR_CITY))).isTrue();
		assertThat(this.mentor.includes(government(OTHER_CITY))).isFalse();
	}

	@Test
	void aMentorReachesTheNetworksBodiesWhereverTheyAre() {
		assertThat(this.mentor.includesOrganization(OrganizationKind.NETWORK_BODY, null)).isTrue();
		assertThat(this.mentor.includesOrganization(OrganizationKind.NETWORK_BODY, OTHER_CITY)).isTrue();
		assertThat(this.mentor.includesOrganization(OrganizationKind.PARTNER_NETWORK, null)).isTrue();
	}

	@Test
	void aMentorDoesNotReachOrganizationsOfNoCityOfTheirs() {
		assertThat(this.mentor.includesOrganization(OrganizationKind.EMBASSY, null)).isFalse();
		assertThat(this.mentor.includesOrganization(OrganizationKind.MINISTRY, null)).isFalse();
		assertThat(this.mentor.includesOrganization(OrganizationKind.ASSOCIATION, OTHER_CITY)).isFalse();
		assertThat(this.mentor.includesOrganization(OrganizationKind.ASSOCIATION, CANDIDATE)).isTrue();
	}

	@Test
	void aPersonIsReachedThroughTheirOrganization() {
		assertThat(this.mentor.includes(person(government(CANDIDATE)))).isTrue();
		assertThat(this.mentor.includes(person(government(OTHER_CITY)))).isFalse();
		Organization body = new Organization("Secretaría Ejecutiva", OrganizationKind.NETWORK_BODY, Instant.EPOCH);
		assertThat(this.mentor.includes(person(body))).isTrue();
		assertThat(this.mentor.includes(person(null))).as("a person of no organization").isFalse();
	}

	@Test
	void aMentorOfNoCityReachesOnlyTheNetwork() {
		DirectoryReach none = DirectoryReach.within(Set.of());
		assertThat(none.includes(government(CANDIDATE))).isFalse();
		assertThat(none.includesOrganization(OrganizationKind.NETWORK_BODY, null)).isTrue();
	}

	@Test
	void everyoneElseReachesTheWholeDirectory() {
		DirectoryReach everything = DirectoryReach.of(Optional.empty());
		assertThat(everything.isEverything()).isTrue();
		assertThat(everything.includes(government(OTHER_CITY))).isTrue();
		assertThat(everything.includesOrganization(OrganizationKind.EMBASSY, null)).isTrue();
		assertThat(everything.includes(person(null))).isTrue();
		assertThat(this.mentor.isEverything()).isFalse();
	}

	@Test
	void referencesKeptFromBeforeAreNotCheckedAgain() {
		DirectoryReferences asked = DirectoryReferences.of(1L, Set.of(2L, 3L));
		DirectoryReferences kept = DirectoryReferences.of(1L, 2L);
		assertThat(asked.without(kept)).isEqualTo(new DirectoryReferences(Set.of(), Set.of(3L)));
		assertThat(DirectoryReferences.of(null, (Long) null)).isEqualTo(DirectoryReferences.NONE);
	}

	private static Organization government(long cityId) {
		Organization organization = new Organization("Alcaldía " + cityId, OrganizationKind.CITY_GOVERNMENT,
				Instant.EPOCH);
		organization.place("CO", null, null, cityId);
		return organization;
	}

	private static Person person(Organization organization) {
		Person person = new Person("Someone", Instant.EPOCH);
		person.employ(organization, null);
		return person;
	}

}
