package org.integra.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.integra.accounts.Accounts;
import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.directory.DirectoryCatalog;
import org.integra.directory.DirectoryReferences;
import org.integra.directory.DirectoryScope;
import org.integra.directory.OrganizationSummary;
import org.integra.directory.OrganizationsMerged;
import org.integra.directory.PeopleMerged;
import org.integra.outreach.InteractionRules.Intermediary;
import org.integra.outreach.InteractionRules.Problem;
import org.integra.system.NotFoundException;
import org.integra.system.TextInput;
import org.integra.system.ValidationFailedException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interactions with candidate cities, logged by coordinators or by the city's mentor,
 * within the current user's {@link CandidateScope}.
 */
@Service
@Transactional(readOnly = true)
public class Interactions {

	private static final int LATEST_INTEREST_CHUNK = 1000;

	private final InteractionRepository interactions;

	private final CandidateRepository candidates;

	private final Mentors mentors;

	private final CandidateScope scope;

	private final CityCatalog cities;

	private final DirectoryCatalog directory;

	private final DirectoryScope directoryScope;

	private final Accounts accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Interactions(InteractionRepository interactions, CandidateRepository candidates, Mentors mentors,
			CandidateScope scope, CityCatalog cities, DirectoryCatalog directory, DirectoryScope directoryScope,
			Accounts accounts, Clock clock, ApplicationEventPublisher events) {
		this.interactions = interactions;
		this.candidates = candidates;
		this.mentors = mentors;
		this.scope = scope;
		this.cities = cities;
		this.directory = directory;
		this.directoryScope = directoryScope;
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * An interaction the current user may see.
	 * @throws NotFoundException when it does not exist or is outside the user's scope
	 */
	public Interaction get(long id) {
		Interaction interaction = this.interactions.findById(id)
			.orElseThrow(() -> new NotFoundException("outreach.interaction.notFound", id));
		if (!this.scope.current().includes(interaction.getCityId())) {
			throw new NotFoundException("outreach.interaction.notFound", id);
		}
		return interaction;
	}

	/** A candidate's interactions, newest first; empty outside the user's scope. */
	/**
	 * The interest each city showed in its latest interaction, for the cities of the
	 * user's scope among those given that have one; one query per thousand cities.
	 */
	public Map<Long, InterestLevel> latestInterests(Collection<Long> cityIds) {
		CandidateScope.Scope current = this.scope.current();
		List<Long> visible = cityIds.stream().filter(current::includes).distinct().toList();
		Map<Long, InterestLevel> latest = new HashMap<>();
		for (int from = 0; from < visible.size(); from += LATEST_INTEREST_CHUNK) {
			List<Long> chunk = visible.subList(from, Math.min(visible.size(), from + LATEST_INTEREST_CHUNK));
			for (Object[] row : this.interactions.interestsNewestFirst(chunk)) {
				latest.putIfAbsent((Long) row[0], (row[1] != null) ? (InterestLevel) row[1] : InterestLevel.NONE);
			}
		}
		return latest;
	}

	public List<Interaction> ofCity(long cityId) {
		if (!this.scope.current().includes(cityId)) {
			return List.of();
		}
		return this.interactions.findByCityIdOrderByOccurredOnDescIdDesc(cityId);
	}

	/**
	 * The interactions an organization carried, newest first, within the user's scope.
	 */
	public List<Interaction> throughOrganization(long organizationId) {
		CandidateScope.Scope current = this.scope.current();
		return this.interactions.findByIntermediaryIdOrderByOccurredOnDescIdDesc(organizationId)
			.stream()
			.filter((interaction) -> current.includes(interaction.getCityId()))
			.toList();
	}

	/** The interactions a person took part in, newest first, within the user's scope. */
	public List<Interaction> withPerson(long personId) {
		CandidateScope.Scope current = this.scope.current();
		return this.interactions.findByPerson(personId)
			.stream()
			.filter((interaction) -> current.includes(interaction.getCityId()))
			.toList();
	}

	/** Every interaction within the user's scope. */
	public List<Interaction> all() {
		CandidateScope.Scope current = this.scope.current();
		if (current.everything()) {
			return this.interactions.findAll();
		}
		return this.interactions.findByCityIdIn(current.candidateCityIds());
	}

	/** Whether an organization is the intermediary of any interaction. */
	public boolean isIntermediary(long organizationId) {
		return !this.interactions.findByIntermediaryId(organizationId).isEmpty();
	}

	/**
	 * Logs an interaction with a candidate city. A mentor logs only for the candidates
	 * assigned to their city, through the mentor-city channel as their city.
	 * @throws NotFoundException when the city is not a candidate the user may see
	 * @throws ValidationFailedException naming every refused field
	 */
	@Transactional
	public Interaction log(InteractionDraft draft, String user) {
		InteractionDraft clean = checked(draft, null);
		Interaction interaction = this.interactions.saveAndFlush(new Interaction(clean, user, this.clock.instant()));
		this.events.publishEvent(InteractionRecorded.of(interaction, user));
		return interaction;
	}

	/**
	 * Corrects an interaction; the audit trail keeps what it said before.
	 * @param policy what the user correcting it may do
	 * @throws AccessDeniedException when the user may not correct it
	 * @throws ObjectOptimisticLockingFailureException when it changed since the user saw
	 * it
	 */
	@Transactional
	public Interaction correct(long id, long expectedVersion, InteractionDraft draft, OutreachPolicy policy) {
		Interaction interaction = get(id);
		if (!policy.mayCorrect(interaction)) {
			throw new AccessDeniedException("not allowed to correct interaction " + id);
		}
		if (interaction.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Interaction.class, id);
		}
		if (draft.cityId() != interaction.getCityId()) {
			throw new ValidationFailedException("cityId", "outreach.interaction.city.unchangeable");
		}
		interaction.apply(checked(draft, interaction));
		Interaction saved = this.interactions.saveAndFlush(interaction);
		this.events.publishEvent(InteractionRecorded.of(saved, saved.getRecordedBy()));
		return saved;
	}

	@EventListener
	@Transactional
	public void on(OrganizationsMerged event) {
		this.interactions.findByIntermediaryId(event.mergedId())
			.forEach((interaction) -> interaction.replaceIntermediary(event.mergedId(), event.keptId()));
	}

	@EventListener
	@Transactional
	public void on(PeopleMerged event) {
		this.interactions.findByPerson(event.mergedId())
			.forEach((interaction) -> interaction.replacePerson(event.mergedId(), event.keptId()));
	}

	/**
	 * Refuses, as not found, an intermediary or person outside the current user's scope,
	 * unless the interaction being corrected names them already.
	 * @param existing the interaction being corrected, or {@code null} for a new one
	 * @throws NotFoundException when one is outside the scope
	 */
	public void requireReachable(Long intermediaryId, Collection<Long> personIds, Interaction existing) {
		DirectoryReferences kept = (existing == null) ? DirectoryReferences.NONE
				: DirectoryReferences.of(existing.getIntermediaryId(), existing.getPersonIds());
		this.directoryScope.requireReachable(DirectoryReferences.of(intermediaryId, personIds).without(kept));
	}

	private InteractionDraft checked(InteractionDraft draft, Interaction existing) {
		this.scope.requireVisible(draft.cityId());
		requireReachable(draft.intermediaryId(), draft.personIds(), existing);
		this.candidates.findByCityId(draft.cityId())
			.orElseThrow(() -> new NotFoundException("outreach.candidate.notFound", draft.cityId()));
		CitySummary city = this.cities.find(draft.cityId())
			.orElseThrow(() -> new NotFoundException("outreach.candidate.notFound", draft.cityId()));
		InteractionDraft clean = cleaned(draft);
		List<Map.Entry<String, String>> refused = new ArrayList<>();
		CandidateScope.Scope current = this.scope.current();
		if (current.isMentor()
				&& (clean.channel() != Channel.MENTOR_CITY || !current.mentorCityId().equals(clean.mentorCityId()))) {
			refused.add(Map.entry("channel", "outreach.interaction.channel.mentorOnly"));
		}
		Intermediary intermediary = null;
		if (clean.intermediaryId() != null) {
			try {
				OrganizationSummary organization = this.directory.organization(clean.intermediaryId());
				intermediary = new Intermediary(organization.kind(), organization.countryCode(),
						organization.hostCountryCode());
			}
			catch (NotFoundException ex) {
				refused.add(Map.entry("intermediaryId", "outreach.interaction.intermediary.notFound"));
			}
		}
		for (long personId : clean.personIds()) {
			try {
				this.directory.person(personId);
			}
			catch (NotFoundException ex) {
				refused.add(Map.entry("personIds", "outreach.interaction.person.notFound"));
				break;
			}
		}
		if (clean.nextStepAssignee() != null && !this.accounts.canBeAssigned(clean.nextStepAssignee())) {
			refused.add(Map.entry("nextStepAssignee", "outreach.interaction.nextStepAssignee.unknown"));
		}
		Set<Long> assignedMentors = this.mentors.mentorCityIdsOf(draft.cityId());
		LocalDate today = LocalDate.now(this.clock);
		for (Problem problem : InteractionRules.problems(clean, city.countryCode(), intermediary, assignedMentors,
				today)) {
			refused.add(Map.entry(problem.field(), problem.messageKey()));
		}
		if (!refused.isEmpty()) {
			throw new ValidationFailedException(refused);
		}
		return clean;
	}

	private static InteractionDraft cleaned(InteractionDraft draft) {
		return new InteractionDraft(draft.cityId(), draft.occurredOn(), draft.kind(), draft.channel(),
				draft.intermediaryId(), draft.mentorCityId(), draft.personIds(), text(draft.summary()),
				text(draft.outcome()), draft.interest(), text(draft.nextStep()), text(draft.nextStepAssignee()),
				draft.nextStepDue());
	}

	private static String text(String value) {
		if (value == null) {
			return null;
		}
		String stripped = TextInput.withoutNul(value).strip();
		return stripped.isEmpty() ? null : stripped;
	}

	/**
	 * For each of these candidates the user may see, its most recent interaction that has
	 * a next step, in one query.
	 */
	public Map<Long, Interaction> latestWithNextStep(Collection<Long> cityIds) {
		CandidateScope.Scope current = this.scope.current();
		List<Long> visible = cityIds.stream().filter(current::includes).toList();
		if (visible.isEmpty()) {
			return Map.of();
		}
		Map<Long, Interaction> latest = new HashMap<>();
		for (Interaction interaction : this.interactions
			.findByCityIdInAndNextStepIsNotNullOrderByOccurredOnDescIdDesc(visible)) {
			latest.putIfAbsent(interaction.getCityId(), interaction);
		}
		return latest;
	}

}
