package org.integra.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.integra.directory.DirectoryCatalog;
import org.integra.directory.OrganizationSummary;
import org.integra.system.AttendedForums;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forums attended, per country of their association (the event's own country when the
 * association has none), for the directory's survey of associations. A forum counts once
 * it is held, or once it has started and is not cancelled.
 */
@Component
class AttendedForumSource implements AttendedForums {

	private final ForumParticipationRepository forums;

	private final EventRepository events;

	private final DirectoryCatalog directory;

	private final Clock clock;

	AttendedForumSource(ForumParticipationRepository forums, EventRepository events, DirectoryCatalog directory,
			Clock clock) {
		this.forums = forums;
		this.events = events;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, List<AttendedForum>> byCountry(Locale locale) {
		List<ForumParticipation> recorded = this.forums.findAll();
		Map<Long, Event> byId = new HashMap<>();
		this.events.findAllById(recorded.stream().map(ForumParticipation::getEventId).toList())
			.forEach((event) -> byId.put(event.getId(), event));
		Instant now = this.clock.instant();
		Map<Long, OrganizationSummary> associations = new HashMap<>();
		record Found(String country, Event event, AttendedForum forum) {
		}
		List<Found> found = new ArrayList<>();
		for (ForumParticipation forum : recorded) {
			Event event = byId.get(forum.getEventId());
			if (event == null || !ForumRules.appliesTo(event.getKind())
					|| !ForumRules.mayHaveOutcome(new ForumRules.Facts(event.getStatus(), event.getStartsAt(), now))) {
				continue;
			}
			OrganizationSummary association = associations.computeIfAbsent(forum.getAssociationId(),
					this.directory::organization);
			String country = Objects.requireNonNullElse(association.countryCode(), event.getCountryCode());
			if (country != null) {
				found.add(new Found(country, event, new AttendedForum(event.getId(), event.title(locale),
						event.getStartsOn(), association.name())));
			}
		}
		found.sort(Comparator.comparing((Found f) -> f.event().getStartsAt())
			.reversed()
			.thenComparing((Found f) -> f.event().getId()));
		Map<String, List<AttendedForum>> byCountry = new LinkedHashMap<>();
		found.forEach((f) -> byCountry.computeIfAbsent(f.country(), (code) -> new ArrayList<>()).add(f.forum()));
		return byCountry;
	}

}
