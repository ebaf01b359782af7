package org.integra.outreach.web;

import java.util.List;

import org.integra.cities.CityCatalog;
import org.integra.outreach.ChannelOverview;
import org.integra.outreach.Mentors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the candidate page shows of the channel matrix and of the candidate's mentors
 * (template {@code outreach/candidate-panels}).
 */
@Component
class CandidatePanels {

	/**
	 * A mentor city as listed.
	 *
	 * @param cityId the member city
	 * @param name its name
	 * @param countryCode its country
	 */
	record MentorCity(long cityId, String name, String countryCode) {
	}

	private final ChannelOverview channels;

	private final Mentors mentors;

	private final CityCatalog cities;

	CandidatePanels(ChannelOverview channels, Mentors mentors, CityCatalog cities) {
		this.channels = channels;
		this.mentors = mentors;
		this.cities = cities;
	}

	void addTo(Model model, long cityId) {
		model.addAttribute("channelRow", this.channels.of(cityId).row());
		model.addAttribute("mentorCities", mentorCities(cityId));
	}

	List<MentorCity> mentorCities(long cityId) {
		return this.mentors.mentorsOf(cityId)
			.stream()
			.map((assignment) -> this.cities.find(assignment.getMentorCityId())
				.map((city) -> new MentorCity(city.id(), city.name(), city.countryCode()))
				.orElse(new MentorCity(assignment.getMentorCityId(), Long.toString(assignment.getMentorCityId()), "")))
			.toList();
	}

}
