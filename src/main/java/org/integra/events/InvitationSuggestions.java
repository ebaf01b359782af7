package org.integra.events;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.directory.DirectoryCatalog;
import org.integra.directory.PersonSummary;
import org.integra.outreach.CandidateOutreach;
import org.integra.outreach.CandidateStanding;
import org.integra.outreach.InterestLevel;
import org.integra.outreach.Stage;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom to invite: the contacts (with an e-mail address) of the candidate cities at stage
 * interested, or whose latest interaction showed medium or high interest, not invited
 * yet, each with the reason.
 */
@Service
@Transactional(readOnly = true)
public class InvitationSuggestions {

	private final CandidateOutreach outreach;

	private final DirectoryCatalog directory;

	private final CityCatalog cities;

	private final InvitationRepository invitations;

	InvitationSuggestions(CandidateOutreach outreach, DirectoryCatalog directory, CityCatalog cities,
			InvitationRepository invitations) {
		this.outreach = outreach;
		this.directory = directory;
		this.cities = cities;
		this.invitations = invitations;
	}

	/**
	 * Why each candidate city is worth inviting, by city id; the cities that are not are
	 * left out.
	 */
	public Map<Long, SuggestionReason> reasonsByCity() {
		return this.outreach.standings()
			.stream()
			.filter((standing) -> reason(standing) != null)
			.collect(Collectors.toMap(CandidateStanding::cityId, InvitationSuggestions::reason));
	}

	/** The suggestions for the event, by city and name. */
	public List<Suggestion> forEvent(long eventId, Locale locale) {
		Map<Long, SuggestionReason> reasons = reasonsByCity();
		if (reasons.isEmpty()) {
			return List.of();
		}
		Set<String> invited = Set.copyOf(this.invitations.emailKeys(eventId));
		Map<Long, CitySummary> named = this.cities.findAll(reasons.keySet());
		List<Suggestion> suggestions = new ArrayList<>();
		for (PersonSummary person : this.directory.peopleOfCities(reasons.keySet())) {
			long cityId = person.organization().cityId();
			if (person.email() != null && !person.email().isBlank()
					&& !invited.contains(Invitation.emailKey(person.email()))) {
				CitySummary city = named.get(cityId);
				suggestions.add(new Suggestion(person, cityId, (city != null) ? city.name() : "", reasons.get(cityId)));
			}
		}
		Collator collator = Collator.getInstance(locale);
		collator.setStrength(Collator.PRIMARY);
		suggestions.sort(Comparator.comparing(Suggestion::cityName, collator)
			.thenComparing((suggestion) -> suggestion.person().name(), collator));
		return suggestions;
	}

	/**
	 * The suggestions whose contact and city names hold every word of the query, accents
	 * and case ignored; all of them for a blank query.
	 */
	public List<Suggestion> matching(long eventId, String query, Locale locale) {
		List<Suggestion> all = forEvent(eventId, locale);
		AttendanceRules.Search search = AttendanceRules.search(query);
		return all.stream()
			.filter((suggestion) -> search.matches(suggestion.person().name(), suggestion.cityName()))
			.toList();
	}

	static SuggestionReason reason(CandidateStanding standing) {
		if (standing.stage() == Stage.INTERESTED) {
			return SuggestionReason.STAGE_INTERESTED;
		}
		if (standing.latestInterest() == InterestLevel.HIGH) {
			return SuggestionReason.INTEREST_HIGH;
		}
		if (standing.latestInterest() == InterestLevel.MEDIUM) {
			return SuggestionReason.INTEREST_MEDIUM;
		}
		return null;
	}

	/**
	 * A contact worth inviting.
	 *
	 * @param person the contact
	 * @param cityId their candidate city
	 * @param cityName its name
	 * @param reason why
	 */
	public record Suggestion(PersonSummary person, long cityId, String cityName, SuggestionReason reason) {
	}

}
