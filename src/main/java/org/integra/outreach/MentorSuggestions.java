package org.integra.outreach;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Ranks member cities as possible mentors of a candidate (plan action 4): first those of
 * the candidate's own country, then those sharing more thematic-unit priorities with it,
 * then the nearest.
 */
public final class MentorSuggestions {

	/** Mean earth radius in kilometres. */
	static final double EARTH_RADIUS_KM = 6371.0088;

	private MentorSuggestions() {
	}

	/**
	 * A city as the ranking needs it.
	 *
	 * @param cityId the city's id
	 * @param name its name
	 * @param countryCode its country
	 * @param latitude its latitude, {@code null} when unknown
	 * @param longitude its longitude, {@code null} when unknown
	 * @param priorities the thematic units it gives priority to
	 */
	public record Place(long cityId, String name, String countryCode, Double latitude, Double longitude,
			Set<Long> priorities) {

		public Place {
			priorities = (priorities == null) ? Set.of() : Set.copyOf(priorities);
		}

		boolean located() {
			return this.latitude != null && this.longitude != null;
		}

	}

	/**
	 * One member city and why it is suggested.
	 *
	 * @param cityId the member city
	 * @param name its name
	 * @param countryCode its country
	 * @param sameCountry whether it is in the candidate's country
	 * @param sharedPriorities the thematic units both give priority to, by id
	 * @param distanceKm great-circle distance in whole kilometres, {@code null} when a
	 * position is unknown
	 * @param assigned whether it already mentors the candidate
	 */
	public record Suggestion(long cityId, String name, String countryCode, boolean sameCountry,
			List<Long> sharedPriorities, Long distanceKm, boolean assigned) {
	}

	/**
	 * The member cities, best suggestion first; the candidate itself is left out.
	 */
	public static List<Suggestion> rank(Place candidate, Collection<Place> members, Set<Long> assigned) {
		List<Suggestion> suggestions = new ArrayList<>();
		for (Place member : members) {
			if (member.cityId() == candidate.cityId()) {
				continue;
			}
			boolean sameCountry = member.countryCode() != null && member.countryCode().equals(candidate.countryCode());
			List<Long> shared = member.priorities().stream().filter(candidate.priorities()::contains).sorted().toList();
			Long distance = (member.located() && candidate.located()) ? Math
				.round(distanceKm(candidate.latitude(), candidate.longitude(), member.latitude(), member.longitude()))
					: null;
			suggestions.add(new Suggestion(member.cityId(), member.name(), member.countryCode(), sameCountry, shared,
					distance, assigned.contains(member.cityId())));
		}
		suggestions.sort(Comparator.comparing(Suggestion::sameCountry)
			.reversed()
			.thenComparing((Suggestion s) -> s.sharedPriorities().size(), Comparator.reverseOrder())
			.thenComparing(Suggestion::distanceKm, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Suggestion::name, Comparator.nullsLast(Comparator.naturalOrder())));
		return List.copyOf(suggestions);
	}

	/** Great-circle (haversine) distance between two points, in kilometres. */
	public static double distanceKm(double latitude1, double longitude1, double latitude2, double longitude2) {
		double phi1 = Math.toRadians(latitude1);
		double phi2 = Math.toRadians(latitude2);
		double deltaPhi = Math.toRadians(latitude2 - latitude1);
		double deltaLambda = Math.toRadians(longitude2 - longitude1);
		double a = Math.sin(deltaPhi / 2) * Math.sin(deltaPhi / 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.sin(deltaLambda / 2) * Math.sin(deltaLambda / 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
	}

}
