package org.integra.outreach;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.integra.accounts.Accounts;
import org.integra.system.Actor;
import org.integra.system.NotFoundException;
import org.integra.system.VisibleCities;

import org.springframework.stereotype.Component;
import org.springframework.modulith.NamedInterface;

/**
 * What part of the pipeline the signed-in user may see. A user whose only role is MENTOR
 * sees the candidate cities assigned to their member city, and logs only there; a mentor
 * with no city sees nothing. Every other signed-in user sees every candidate
 * ({@link OutreachPolicy#seesWholePipeline()}).
 */
@Component
@NamedInterface(name = "api", propagate = false)
public class CandidateScope implements VisibleCities {

	private final Accounts accounts;

	private final Mentors mentors;

	CandidateScope(Accounts accounts, Mentors mentors) {
		this.accounts = accounts;
		this.mentors = mentors;
	}

	/**
	 * The current user's scope.
	 */
	public Scope current() {
		Actor actor = Actor.current();
		if (OutreachPolicy.of(actor).seesWholePipeline()) {
			return Scope.EVERYTHING;
		}
		Long mentorCity = this.accounts.mentorCityOf(actor.username()).orElse(null);
		if (mentorCity == null) {
			return new Scope(false, null, Set.of());
		}
		return new Scope(false, mentorCity, this.mentors.candidatesOf(mentorCity));
	}

	/**
	 * Refuses, as not found, a candidate the current user may not see.
	 * @throws NotFoundException when the city is outside the user's scope
	 */
	public void requireVisible(long cityId) {
		if (!current().includes(cityId)) {
			throw new NotFoundException("outreach.candidate.notFound", cityId);
		}
	}

	@Override
	public Optional<Set<Long>> restriction() {
		Scope scope = current();
		if (scope.everything()) {
			return Optional.empty();
		}
		Set<Long> visible = new HashSet<>(scope.candidateCityIds());
		if (scope.mentorCityId() != null) {
			visible.add(scope.mentorCityId());
		}
		return Optional.of(Set.copyOf(visible));
	}

	/**
	 * A user's view of the pipeline.
	 *
	 * @param everything whether every candidate is visible
	 * @param mentorCityId the member city a mentor acts for, or {@code null}
	 * @param candidateCityIds for a mentor, the candidates assigned to their city
	 */
	@NamedInterface(name = "api", propagate = false)
	public record Scope(boolean everything, Long mentorCityId, Set<Long> candidateCityIds) {

		static final Scope EVERYTHING = new Scope(true, null, Set.of());

		public boolean includes(long cityId) {
			return this.everything || this.candidateCityIds.contains(cityId);
		}

		public boolean isMentor() {
			return !this.everything;
		}

	}

}
