package org.integra.events;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.cities.NetworkRelation;
import org.integra.directory.DirectoryCatalog;
import org.integra.directory.OrganizationKind;
import org.integra.directory.PersonSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The forum of an event with the directory's records it names, for its page. */
@Service
@Transactional(readOnly = true)
public class ForumViews {

	private final Forums forums;

	private final DirectoryCatalog directory;

	private final CityCatalog cities;

	ForumViews(Forums forums, DirectoryCatalog directory, CityCatalog cities) {
		this.forums = forums;
		this.directory = directory;
		this.cities = cities;
	}

	/**
	 * @throws org.integra.system.NotFoundException when the event is not a forum
	 */
	public ForumView of(long eventId) {
		Optional<ForumParticipation> found = this.forums.find(eventId);
		if (found.isEmpty()) {
			return new ForumView(null, null, null, List.of(), List.of());
		}
		ForumParticipation forum = found.get();
		List<ForumView.Contact> contacts = people(forum.getContactIds()).stream()
			.map((person) -> new ForumView.Contact(person, candidateCity(person)))
			.toList();
		return new ForumView(forum, this.directory.organization(forum.getAssociationId()),
				(forum.getBodyId() == null) ? null : this.directory.organization(forum.getBodyId()),
				people(forum.getRepresentativeIds()), contacts);
	}

	/** The people of the directory to choose from, by name. */
	public List<PersonSummary> people() {
		return this.directory.people();
	}

	private List<PersonSummary> people(java.util.Collection<Long> ids) {
		return ids.stream()
			.map(this.directory::person)
			.sorted(Comparator.comparing(PersonSummary::name).thenComparing(PersonSummary::id))
			.toList();
	}

	/** The candidate city whose government the person works for, if any. */
	private CitySummary candidateCity(PersonSummary person) {
		if (person.organization() == null || person.organization().kind() != OrganizationKind.CITY_GOVERNMENT
				|| person.organization().cityId() == null) {
			return null;
		}
		return this.cities.find(person.organization().cityId())
			.filter((city) -> city.relation() == NetworkRelation.CANDIDATE)
			.orElse(null);
	}

}
