package org.integra.events;

import java.util.List;

import org.integra.cities.CitySummary;
import org.integra.directory.OrganizationSummary;
import org.integra.directory.PersonSummary;

/**
 * A forum as its page shows it, with the directory's records named.
 *
 * @param forum what was recorded, {@code null} when nothing yet
 * @param association the association holding it, if recorded
 * @param body the network body represented, if recorded
 * @param representatives who represented the network, by name
 * @param contacts the contacts made, by name
 */
public record ForumView(ForumParticipation forum, OrganizationSummary association, OrganizationSummary body,
		List<PersonSummary> representatives, List<Contact> contacts) {

	/**
	 * A contact made and, when they work for the government of a candidate city, that
	 * city: they are then a contact of the candidate.
	 */
	public record Contact(PersonSummary person, CitySummary candidateCity) {
	}

	/** The version the form sends back: 0 for a forum never recorded. */
	public long version() {
		return (this.forum == null) ? 0 : this.forum.getVersion();
	}

}
