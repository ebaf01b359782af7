package org.integra.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.directory.DirectoryContacts;
import org.integra.directory.DirectoryReach;
import org.integra.directory.DirectoryReferences;
import org.integra.directory.DirectoryScope;
import org.integra.directory.OrganizationKind;
import org.integra.directory.OrganizationSummary;
import org.integra.directory.PersonSummary;
import org.integra.outreach.CandidateOutreach;
import org.integra.outreach.CandidateScope;
import org.integra.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom a letter for a candidate may go to and through, within the current user's scope: a
 * mentor reaches only their candidates, their own city and the network.
 */
@Service
@Transactional(readOnly = true)
public class LetterContacts {

	private static final int OTHERS_MAX = 100;

	private final CityCatalog cities;

	private final DirectoryContacts directory;

	private final DirectoryScope directoryScope;

	private final CandidateScope scope;

	private final CandidateOutreach outreach;

	LetterContacts(CityCatalog cities, DirectoryContacts directory, DirectoryScope directoryScope, CandidateScope scope,
			CandidateOutreach outreach) {
		this.cities = cities;
		this.directory = directory;
		this.directoryScope = directoryScope;
		this.scope = scope;
		this.outreach = outreach;
	}

	/**
	 * A candidate city the current user may compose for.
	 * @throws NotFoundException when it is no candidate or outside the user's scope
	 */
	public CitySummary candidate(long cityId) {
		this.scope.requireVisible(cityId);
		if (!this.outreach.isCandidate(cityId)) {
			throw new NotFoundException("outreach.candidate.notFound", cityId);
		}
		return this.cities.find(cityId).orElseThrow(() -> new NotFoundException("outreach.candidate.notFound", cityId));
	}

	/**
	 * Refuses, as not found, a contact or intermediary outside the current user's scope
	 * (for a mentor: of other cities than their candidates' and their own, and not of the
	 * network); unknown ids are reported when composing.
	 * @throws NotFoundException when one is outside the scope
	 */
	public void requireReachable(Long personId, Long intermediaryId) {
		this.directoryScope.requireReachable(DirectoryReferences.of(intermediaryId, personId));
	}

	/** The mentor city a mentor user acts for, if the current user is one. */
	public Optional<Long> currentMentorCity() {
		CandidateScope.Scope current = this.scope.current();
		return current.isMentor() ? Optional.ofNullable(current.mentorCityId()) : Optional.empty();
	}

	/** The member city first assigned as mentor of a candidate, if any. */
	Optional<Long> firstMentorCity(long cityId) {
		return this.outreach.mentorCityIdsOf(cityId).stream().findFirst();
	}

	/** The member cities assigned as mentors of a candidate, first assigned first. */
	public List<CitySummary> mentorCitiesOf(long cityId) {
		List<CitySummary> result = new ArrayList<>();
		for (long mentorCityId : this.outreach.mentorCityIdsOf(cityId)) {
			this.cities.find(mentorCityId).ifPresent(result::add);
		}
		return result;
	}

	/**
	 * The people to offer as contacts: those of the city's government, of the embassies
	 * of its country, and of its mentor cities' governments, within the user's scope.
	 */
	public List<PersonSummary> contactsFor(CitySummary city) {
		Set<Long> mentorCities = Set.copyOf(this.outreach.mentorCityIdsOf(city.id()));
		DirectoryReach reach = this.directoryScope.current();
		List<PersonSummary> people = new ArrayList<>();
		for (OrganizationSummary organization : this.directory.organizations()) {
			if (!reach.includesOrganization(organization.kind(), organization.cityId())) {
				continue;
			}
			boolean cityGovernment = organization.kind() == OrganizationKind.CITY_GOVERNMENT
					&& organization.cityId() != null
					&& (organization.cityId() == city.id() || mentorCities.contains(organization.cityId()));
			boolean embassy = organization.kind() == OrganizationKind.EMBASSY
					&& city.countryCode().equals(organization.countryCode());
			if (cityGovernment || embassy) {
				people.addAll(this.directory.peopleOf(organization.id()));
			}
		}
		return people;
	}

	/**
	 * Other people of the directory, by name, up to a hundred, leaving out those given.
	 */
	public List<PersonSummary> otherPeople(Set<Long> leftOut) {
		List<PersonSummary> others = new ArrayList<>();
		for (int page = 0; page < 4 && others.size() < OTHERS_MAX; page++) {
			List<PersonSummary> found = this.directory.people(page);
			found.stream().filter((p) -> !leftOut.contains(p.id())).forEach(others::add);
			if (found.size() < DirectoryContacts.PAGE_SIZE) {
				break;
			}
		}
		return others.subList(0, Math.min(OTHERS_MAX, others.size()));
	}

	/**
	 * The organizations that may carry a letter: embassies, networks and network bodies.
	 */
	public List<OrganizationSummary> intermediaries() {
		return this.directory.organizations()
			.stream()
			.filter((o) -> o.kind() == OrganizationKind.EMBASSY || o.kind() == OrganizationKind.PARTNER_NETWORK
					|| o.kind() == OrganizationKind.NETWORK_BODY)
			.toList();
	}

	/** The organization with that id, if there is one. */
	Optional<OrganizationSummary> organization(long id) {
		return this.directory.organizations().stream().filter((o) -> o.id() == id).findFirst();
	}

	/**
	 * @throws NotFoundException when there is no such person
	 */
	public PersonSummary person(long id) {
		return this.directory.person(id);
	}

}
