package org.integra.outreach;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.system.RecordLink;
import org.integra.system.RecordNameSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names candidates (by their city) and interactions (by their summary) for other modules'
 * pages (audit trail, outbox).
 */
@Component
class OutreachNames implements RecordNameSource {

	static final String CANDIDATE = "Candidate";

	static final String INTERACTION = "Interaction";

	private final CandidateRepository candidates;

	private final InteractionRepository interactions;

	private final CityCatalog cities;

	OutreachNames(CandidateRepository candidates, InteractionRepository interactions, CityCatalog cities) {
		this.candidates = candidates;
		this.interactions = interactions;
		this.cities = cities;
	}

	@Override
	public Set<String> types() {
		return Set.of(CANDIDATE, INTERACTION);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, RecordLink> names(String type, Collection<Long> ids) {
		Map<Long, RecordLink> names = new LinkedHashMap<>();
		if (CANDIDATE.equals(type)) {
			List<Candidate> found = this.candidates.findAllById(ids);
			Map<Long, CitySummary> cityNames = this.cities.findAll(found.stream().map(Candidate::getCityId).toList());
			for (Candidate candidate : found) {
				CitySummary city = cityNames.get(candidate.getCityId());
				if (city != null) {
					names.put(candidate.getId(),
							new RecordLink(city.name(), "/outreach/candidates/" + candidate.getCityId()));
				}
			}
		}
		else if (INTERACTION.equals(type)) {
			this.interactions.findAllById(ids)
				.forEach((interaction) -> names.put(interaction.getId(),
						new RecordLink(interaction.getSummary(), "/outreach/interactions/" + interaction.getId())));
		}
		return names;
	}

}
