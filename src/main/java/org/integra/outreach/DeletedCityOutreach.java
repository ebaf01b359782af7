package org.integra.outreach;

import org.integra.cities.CityDeleting;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Deletes what outreach holds about a city being deleted (its mentor assignments either
 * way, its interactions and its candidacy with its stage history) through the entities,
 * so that the audit records each of them (the database's cascades would delete them
 * unseen). An interaction of another candidate through the city as mentor keeps the city
 * from being deleted, as before.
 */
@Component
class DeletedCityOutreach {

	private final MentorAssignmentRepository mentors;

	private final InteractionRepository interactions;

	private final CandidateRepository candidates;

	DeletedCityOutreach(MentorAssignmentRepository mentors, InteractionRepository interactions,
			CandidateRepository candidates) {
		this.mentors = mentors;
		this.interactions = interactions;
		this.candidates = candidates;
	}

	@EventListener
	void on(CityDeleting event) {
		this.mentors.deleteAll(this.mentors.findByCandidateCityIdOrderByAssignedAtAsc(event.cityId()));
		this.mentors.deleteAll(this.mentors.findByMentorCityIdOrderByAssignedAtAsc(event.cityId()));
		this.interactions.deleteAll(this.interactions.findByCityIdOrderByOccurredOnDescIdDesc(event.cityId()));
		this.candidates.findByCityId(event.cityId()).ifPresent(this.candidates::delete);
		this.candidates.flush();
	}

}
