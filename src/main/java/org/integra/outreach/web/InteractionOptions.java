package org.integra.outreach.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.integra.accounts.Accounts;
import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.directory.DirectoryCatalog;
import org.integra.directory.DirectoryReach;
import org.integra.directory.DirectoryScope;
import org.integra.directory.OrganizationKind;
import org.integra.directory.OrganizationSummary;
import org.integra.directory.PersonSummary;
import org.integra.outreach.CandidateScope;
import org.integra.outreach.Channel;
import org.integra.outreach.InteractionDraft;
import org.integra.outreach.InteractionKind;
import org.integra.outreach.InteractionRules;
import org.integra.outreach.InterestLevel;
import org.integra.outreach.MentorAssignment;
import org.integra.outreach.Mentors;
import org.integra.system.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the interaction form offers: per channel the organizations that fit it as
 * intermediary, the candidate's mentors, the people of those organizations and of the
 * candidate's city government, and the users a next step can be assigned to.
 */
@Component
class InteractionOptions {

	/**
	 * Organizations that fit the same channels as intermediary; each organization is in
	 * one group only, so that one fitting several channels (the network's own bodies fit
	 * both direct and presidency channels) is offered once.
	 */
	record ChannelGroup(List<Channel> channels, List<OrganizationSummary> organizations) {

		/** The channels' names as message keys, for the group's label. */
		public List<String> messageKeys() {
			return this.channels.stream().map((c) -> "outreach.channel." + c.name()).toList();
		}

		/** The channels, space-separated, for the form's script. */
		public String channelNames() {
			return String.join(" ", this.channels.stream().map(Channel::name).toList());
		}

	}

	/** An organization's people, as offered on the form. */
	record PeopleGroup(String organization, List<PersonSummary> people) {
	}

	private final DirectoryCatalog directory;

	private final DirectoryScope directoryScope;

	private final Mentors mentors;

	private final CityCatalog cities;

	private final Accounts accounts;

	private final CandidateScope scope;

	InteractionOptions(DirectoryCatalog directory, DirectoryScope directoryScope, Mentors mentors, CityCatalog cities,
			Accounts accounts, CandidateScope scope) {
		this.directory = directory;
		this.directoryScope = directoryScope;
		this.mentors = mentors;
		this.cities = cities;
		this.accounts = accounts;
		this.scope = scope;
	}

	/** Adds everything the form needs for that candidate to the model. */
	void addTo(Model model, CitySummary city, InteractionForm form) {
		CandidateScope.Scope current = this.scope.current();
		boolean mentor = current.isMentor();
		List<Channel> channels = mentor ? List.of(Channel.MENTOR_CITY) : List.of(Channel.values());
		Set<Long> mentorIds = this.mentors.mentorCityIdsOf(city.id());
		DirectoryReach reach = this.directoryScope.current();
		List<OrganizationSummary> all = this.directory.organizations().stream().filter(reach::includes).toList();
		Map<Channel, List<OrganizationSummary>> fitting = new EnumMap<>(Channel.class);
		for (Channel channel : channels) {
			fitting.put(channel, fitting(channel, all, city, mentorIds));
		}
		List<ChannelGroup> groups = groups(fitting);
		List<CitySummary> mentorCities = new ArrayList<>();
		if (mentor) {
			if (current.mentorCityId() != null) {
				this.cities.find(current.mentorCityId()).ifPresent(mentorCities::add);
			}
		}
		else {
			for (MentorAssignment assignment : this.mentors.mentorsOf(city.id())) {
				this.cities.find(assignment.getMentorCityId()).ifPresent(mentorCities::add);
			}
		}
		Map<Long, OrganizationSummary> peopleSources = new LinkedHashMap<>();
		fitting.values().forEach((list) -> list.forEach((o) -> peopleSources.put(o.id(), o)));
		all.stream()
			.filter((o) -> o.kind() == OrganizationKind.CITY_GOVERNMENT && o.cityId() != null
					&& o.cityId() == city.id())
			.forEach((o) -> peopleSources.put(o.id(), o));
		if (form.getIntermediaryId() != null) {
			all.stream()
				.filter((o) -> form.getIntermediaryId().equals(o.id()))
				.forEach((o) -> peopleSources.put(o.id(), o));
		}
		List<PeopleGroup> people = new ArrayList<>();
		Set<Long> offered = new HashSet<>();
		for (OrganizationSummary organization : peopleSources.values()) {
			List<PersonSummary> of = this.directory.peopleOf(organization.id());
			if (!of.isEmpty()) {
				people.add(new PeopleGroup(organization.name(), of));
				of.forEach((p) -> offered.add(p.id()));
			}
		}
		List<PersonSummary> chosenElsewhere = new ArrayList<>();
		for (Long personId : form.getPersonIds()) {
			if (personId != null && !offered.contains(personId)) {
				try {
					chosenElsewhere.add(this.directory.person(personId));
				}
				catch (NotFoundException ex) {
					// refused by the service with a field error
				}
			}
		}
		if (!chosenElsewhere.isEmpty()) {
			people.add(new PeopleGroup(null, chosenElsewhere));
		}
		model.addAttribute("city", city);
		model.addAttribute("mentorUser", mentor);
		model.addAttribute("kinds", InteractionKind.values());
		model.addAttribute("channels", channels);
		model.addAttribute("interests", InterestLevel.values());
		model.addAttribute("intermediaryGroups", groups);
		model.addAttribute("mentorCities", mentorCities);
		model.addAttribute("peopleGroups", people);
		model.addAttribute("users", this.accounts.assignees(LocaleContextHolder.getLocale()));
		model.addAttribute("summaryMax", InteractionRules.SUMMARY_MAX);
		model.addAttribute("nextStepMax", InteractionRules.NEXT_STEP_MAX);
	}

	/** Each organization once, grouped by the channels it fits, in channel order. */
	static List<ChannelGroup> groups(Map<Channel, List<OrganizationSummary>> fitting) {
		Map<Long, List<Channel>> channelsOf = new LinkedHashMap<>();
		Map<Long, OrganizationSummary> organizations = new LinkedHashMap<>();
		fitting.forEach((channel, list) -> list.forEach((o) -> {
			channelsOf.computeIfAbsent(o.id(), (id) -> new ArrayList<>()).add(channel);
			organizations.putIfAbsent(o.id(), o);
		}));
		Map<List<Channel>, List<OrganizationSummary>> byChannels = new LinkedHashMap<>();
		channelsOf.forEach((id, channels) -> byChannels.computeIfAbsent(channels, (key) -> new ArrayList<>())
			.add(organizations.get(id)));
		return byChannels.entrySet()
			.stream()
			.map((entry) -> new ChannelGroup(List.copyOf(entry.getKey()), List.copyOf(entry.getValue())))
			.toList();
	}

	/**
	 * The organizations that may carry an interaction through the channel, per the rules.
	 */
	private static List<OrganizationSummary> fitting(Channel channel, Collection<OrganizationSummary> all,
			CitySummary city, Set<Long> mentorIds) {
		if (channel == Channel.PORTAL) {
			return List.of();
		}
		List<OrganizationSummary> fit = all.stream()
			.filter((o) -> fits(channel, o, city.countryCode()))
			.filter((o) -> channel != Channel.MENTOR_CITY || (o.cityId() != null && mentorIds.contains(o.cityId())))
			.toList();
		if (fit.isEmpty() && channel == Channel.MENTOR_CITY) {
			return all.stream().filter((o) -> fits(channel, o, city.countryCode())).toList();
		}
		return fit;
	}

	private static boolean fits(Channel channel, OrganizationSummary organization, String candidateCountry) {
		InteractionDraft probe = new InteractionDraft(0, LocalDate.MIN, InteractionKind.MEETING, channel,
				organization.id(), null, Set.of(), "probe", null, InterestLevel.NONE, null, null, null);
		InteractionRules.Intermediary intermediary = new InteractionRules.Intermediary(organization.kind(),
				organization.countryCode(), organization.hostCountryCode());
		return InteractionRules.problems(probe, candidateCountry, intermediary, Set.of(), LocalDate.MAX)
			.stream()
			.noneMatch((problem) -> "intermediaryId".equals(problem.field()));
	}

}
