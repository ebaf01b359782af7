package org.integra.outreach;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.directory.DirectoryCatalog;
import org.integra.system.NotFoundException;
import org.integra.system.TimelineEntry;
import org.integra.system.TimelineEntry.Detail;
import org.integra.system.TimelineSource;
import org.integra.system.TimelineSubject;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interactions on the timelines of cities, organizations and people, and the stage
 * moves on a candidate city's timeline, within the user's {@link CandidateScope}.
 */
@Component
@Transactional(readOnly = true)
class InteractionTimeline implements TimelineSource {

	private final Interactions interactions;

	private final Pipeline pipeline;

	private final CityCatalog cities;

	private final DirectoryCatalog directory;

	InteractionTimeline(Interactions interactions, Pipeline pipeline, CityCatalog cities, DirectoryCatalog directory) {
		this.interactions = interactions;
		this.pipeline = pipeline;
		this.cities = cities;
		this.directory = directory;
	}

	@Override
	public List<TimelineEntry> entries(TimelineSubject subject, long id) {
		List<TimelineEntry> entries = new ArrayList<>();
		List<Interaction> found = switch (subject) {
			case CITY -> this.interactions.ofCity(id);
			case ORGANIZATION -> this.interactions.throughOrganization(id);
			case PERSON -> this.interactions.withPerson(id);
		};
		found.forEach((interaction) -> entries.add(entry(interaction, subject != TimelineSubject.CITY)));
		if (subject == TimelineSubject.CITY) {
			this.pipeline.candidate(id)
				.ifPresent((candidate) -> this.pipeline.history(candidate)
					.forEach((change) -> entries.add(entry(candidate, change))));
		}
		return entries;
	}

	/** An interaction as a timeline entry; with the city's name when not on its page. */
	private TimelineEntry entry(Interaction interaction, boolean withCity) {
		List<Detail> details = new ArrayList<>();
		if (interaction.getIntermediaryId() != null) {
			details.add(new Detail("interactions.field.intermediaryId", organizationName(interaction)));
		}
		if (interaction.getMentorCityId() != null) {
			details.add(new Detail("interactions.field.mentorCityId", cityName(interaction.getMentorCityId())));
		}
		String people = interaction.getPersonIds()
			.stream()
			.map(this::personName)
			.filter(Objects::nonNull)
			.sorted()
			.collect(Collectors.joining(", "));
		if (!people.isEmpty()) {
			details.add(new Detail("interactions.field.personIds", people));
		}
		if (interaction.getOutcome() != null) {
			details.add(new Detail("interactions.field.outcome", interaction.getOutcome()));
		}
		if (interaction.getNextStep() != null) {
			details.add(new Detail("interactions.field.nextStep", interaction.getNextStep() + " — "
					+ interaction.getNextStepAssignee() + ", " + interaction.getNextStepDue()));
		}
		return new TimelineEntry(interaction.getOccurredOn(),
				"outreach.interactionKind." + interaction.getKind().name(),
				List.of("outreach.channel." + interaction.getChannel().name(),
						"interactions.interestTag." + interaction.getInterest().name()),
				withCity ? cityName(interaction.getCityId()) : null, interaction.getSummary(), details,
				"/outreach/interactions/" + interaction.getId(), interaction.getRecordedBy());
	}

	private TimelineEntry entry(Candidate candidate, StageChange change) {
		return new TimelineEntry(change.getChangedAt().atOffset(ZoneOffset.UTC).toLocalDate(),
				(change.getFromStage() == null) ? "interactions.timeline.entered" : "interactions.timeline.moved",
				List.of("outreach.stage." + change.getToStage().name()), null, change.getNote(), List.of(),
				"/outreach/candidates/" + candidate.getCityId(), change.getChangedBy());
	}

	private String organizationName(Interaction interaction) {
		try {
			return this.directory.organization(interaction.getIntermediaryId()).name();
		}
		catch (NotFoundException ex) {
			return Long.toString(interaction.getIntermediaryId());
		}
	}

	private String personName(long personId) {
		try {
			return this.directory.person(personId).name();
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	private String cityName(long cityId) {
		return this.cities.find(cityId).map(CitySummary::name).orElse(Long.toString(cityId));
	}

}
