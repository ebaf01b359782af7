package org.integra.outreach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How active each mentor city is: for every member city that mentors anyone, the
 * interactions logged through the mentor-city channel with it, per candidate and in all,
 * and its last activity. A mentor with no such interaction in {@link #QUIET_DAYS} days is
 * quiet.
 */
public final class MentorActivity {

	/** Days without a logged interaction after which a mentor is shown as quiet. */
	public static final int QUIET_DAYS = 60;

	private MentorActivity() {
	}

	/**
	 * A mentor's work with one candidate.
	 *
	 * @param candidateCityId the candidate
	 * @param interactions interactions through the mentor-city channel with this mentor
	 * @param lastDate the latest one's date, {@code null} when none
	 */
	public record CandidateActivity(long candidateCityId, int interactions, LocalDate lastDate) {
	}

	/**
	 * One mentor city's activity.
	 *
	 * @param mentorCityId the member city
	 * @param candidates its candidates, in the order they were assigned
	 * @param interactions interactions over all its candidates
	 * @param lastDate its latest interaction's date, {@code null} when none
	 * @param quiet whether it logged nothing in {@link #QUIET_DAYS} days
	 */
	public record Mentor(long mentorCityId, List<CandidateActivity> candidates, int interactions, LocalDate lastDate,
			boolean quiet) {
	}

	/**
	 * A mentor-candidate pair.
	 *
	 * @param candidateCityId the candidate
	 * @param mentorCityId the member city mentoring it
	 */
	public record Pair(long candidateCityId, long mentorCityId) {

		static Pair of(MentorAssignment assignment) {
			return new Pair(assignment.getCandidateCityId(), assignment.getMentorCityId());
		}

	}

	/**
	 * Every mentor city's activity, in the order the pairs first name them.
	 */
	public static List<Mentor> of(Collection<Pair> pairs, Collection<ChannelMatrix.Use> uses, LocalDate today) {
		Map<Long, List<Long>> candidatesByMentor = new LinkedHashMap<>();
		for (Pair pair : pairs) {
			List<Long> candidates = candidatesByMentor.computeIfAbsent(pair.mentorCityId(), (id) -> new ArrayList<>());
			if (!candidates.contains(pair.candidateCityId())) {
				candidates.add(pair.candidateCityId());
			}
		}
		LocalDate quietBefore = today.minusDays(QUIET_DAYS);
		List<Mentor> mentors = new ArrayList<>();
		candidatesByMentor.forEach((mentorCityId, candidateIds) -> {
			List<CandidateActivity> activities = new ArrayList<>();
			for (long candidateId : candidateIds) {
				List<LocalDate> dates = uses.stream()
					.filter((use) -> use.channel() == Channel.MENTOR_CITY && use.cityId() == candidateId
							&& mentorCityId.equals(use.mentorCityId()))
					.map(ChannelMatrix.Use::occurredOn)
					.toList();
				LocalDate last = dates.stream()
					.filter((date) -> date != null)
					.max(Comparator.naturalOrder())
					.orElse(null);
				activities.add(new CandidateActivity(candidateId, dates.size(), last));
			}
			int total = activities.stream().mapToInt(CandidateActivity::interactions).sum();
			LocalDate last = activities.stream()
				.map(CandidateActivity::lastDate)
				.filter((date) -> date != null)
				.max(Comparator.naturalOrder())
				.orElse(null);
			boolean quiet = last == null || last.isBefore(quietBefore);
			mentors.add(new Mentor(mentorCityId, List.copyOf(activities), total, last, quiet));
		});
		return List.copyOf(mentors);
	}

}
